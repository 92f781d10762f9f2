package app.corridor.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePoolTest {

    private static String of(ValuePool pool, String value) {
        // As the parser hands them over: inside a larger buffer, at an offset.
        char[] buffer = ("[[" + value + "]]").toCharArray();
        return pool.of(buffer, 2, value.length());
    }

    @Test
    void aValueSeenBeforeIsTheSameStringAndADifferentOneIsNot() {
        ValuePool pool = new ValuePool();
        String first = of(pool, "cpc");
        assertThat(first).isEqualTo("cpc");
        assertThat(of(pool, "cpc")).isSameAs(first);
        assertThat(of(pool, "cpc2")).isEqualTo("cpc2").isNotSameAs(first);
        assertThat(of(pool, "")).isEmpty();
        assertThat(of(pool, "巴基斯坦")).isEqualTo("巴基斯坦").isSameAs(of(pool, "巴基斯坦"));
        assertThat(pool.size()).isEqualTo(4);
    }

    @Test
    void everyValueKeepsItsOneStringAsThePoolGrows() {
        ValuePool pool = new ValuePool();
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            firsts.add(of(pool, "actor-" + i));
        }
        for (int i = 0; i < 20_000; i++) {
            assertThat(of(pool, "actor-" + i)).isSameAs(firsts.get(i));
        }
        assertThat(pool.size()).isEqualTo(20_000);
    }
}
