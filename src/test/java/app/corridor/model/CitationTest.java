package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTest {

    @Test
    void aCitationCarriesTheVerbatimQuoteAndItsFullReference() {
        Source source = new Source("song", "sources/song.txt", "0".repeat(64),
                "Political parties striving for excellence in CPEC cooperation", "Song Tao", "Minister of the IDCPC",
                "Daily Mail (Pakistan)", PartialDate.ofYear(2020), null, null);
        Quote quote = new Quote("song", "On 20 Aug 2020, the second JCM conference was jointly held", 512, 570);
        Event event = new Event("jcm-2", "Second JCM conference", EventKind.PARTY_CONFERENCE,
                EventDate.parse("2020-08-20"), null, List.of(), "s", null, List.of(quote));
        assertThat(Citation.of(event, quote, source)).isEqualTo(
                "\u201cOn 20 Aug 2020, the second JCM conference was jointly held\u201d\n"
                        + "\u2014 Song Tao, Minister of the IDCPC, \u201cPolitical parties striving for excellence in CPEC "
                        + "cooperation\u201d, Daily Mail (Pakistan), 2020. Characters 512\u2013570 of the source text.\n"
                        + "  Cited for: Second JCM conference (20 August 2020).");
    }
}
