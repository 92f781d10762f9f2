package app.corridor.ui.edit;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.Fixtures;
import app.corridor.curate.EditSession;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.i18n.Messages;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A quote typed by hand is located as the validator does, or shows where it stops matching. */
class TypedQuoteModelTest {

    @TempDir
    Path dir;

    @Test
    void aTypedQuoteIsFoundOrShowsWhereItStopsMatching() throws Exception {
        CuratorModel curator = new CuratorModel(new app.corridor.ui.InlineBackground(), Messages.english());
        curator.attach(EditSession.open(Fixtures.mini(dir)), dir.resolve("store.db"));
        TypedQuoteModel typed = new TypedQuoteModel(curator);
        typed.sourceProperty().set("speech");

        typed.textProperty().set("Both sides  agreed to deepen");
        assertThat(typed.checkProperty().get().found()).isTrue();
        assertThat(typed.quote()).as("the source's own spaces are kept")
                .isEqualTo(new QuoteDto("speech", "Both sides\u2002agreed to deepen"));

        typed.textProperty().set("Both sides agreed to widen cooperation.");
        TypedQuoteModel.Check c = typed.checkProperty().get();
        assertThat(c.found()).isFalse();
        assertThat(c.typed().substring(0, c.stopsAt())).isEqualTo("Both sides agreed to");
        assertThat(c.message()).contains("matches up to “Both sides agreed to”").contains("the source goes on “deepen");
        assertThat(typed.quote()).isNull();
        curator.detach();
    }
}
