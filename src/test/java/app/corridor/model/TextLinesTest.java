package app.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLinesTest {

    @Test
    void linesEndAtLineFeedCarriageReturnOrBoth() {
        String text = "one\ntwo\r\nthree\rfour";
        TextLines lines = TextLines.of(text);
        assertThat(lines.count()).isEqualTo(4);
        assertThat(text.substring(lines.start(1), lines.end(1))).isEqualTo("one");
        assertThat(text.substring(lines.start(2), lines.end(2))).isEqualTo("two");
        assertThat(text.substring(lines.start(3), lines.end(3))).isEqualTo("three");
        assertThat(text.substring(lines.start(4), lines.end(4))).isEqualTo("four");
    }

    @Test
    void eachOffsetBelongsToTheLineItStandsOnItsBreakIncluded() {
        String text = "one\ntwo\r\nthree";
        TextLines lines = TextLines.of(text);
        assertThat(lines.lineOf(0)).isEqualTo(1);
        assertThat(lines.lineOf(3)).as("the line feed ending line 1").isEqualTo(1);
        assertThat(lines.lineOf(4)).isEqualTo(2);
        assertThat(lines.lineOf(8)).as("the LF of a CRLF").isEqualTo(2);
        assertThat(lines.lineOf(text.indexOf("three"))).isEqualTo(3);
        assertThat(lines.lineOf(text.length())).isEqualTo(3);
    }

    @Test
    void aLineNumberCountsTheLineBreaksBeforeIt() {
        // The count an editor shows: every "\n" before the offset starts a new line.
        String text = "Title\n\nFirst paragraph.\nSecond paragraph, with the quote.\n";
        int quote = text.indexOf("the quote");
        assertThat(TextLines.of(text).lineOf(quote)).isEqualTo(4);
        assertThat(TextLines.of(text).count()).as("a final line break opens an empty last line").isEqualTo(5);
    }

    @Test
    void anEmptyTextHasOneEmptyLineAndOffsetsOutsideAreRefused() {
        TextLines lines = TextLines.of("");
        assertThat(lines.count()).isEqualTo(1);
        assertThat(lines.lineOf(0)).isEqualTo(1);
        assertThatThrownBy(() -> lines.lineOf(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
