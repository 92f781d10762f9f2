package app.corridor.ui.edit;

import app.corridor.curate.EditRefusedException;
import app.corridor.curate.EditSession;
import app.corridor.curate.ImportProposal;
import app.corridor.curate.ImportRefusedException;
import app.corridor.curate.SourceImporter;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.i18n.Messages;
import app.corridor.ui.Background;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Adding a source document, without nodes: the file is read in the background into a proposal (its
 * text as it will be stored, what was done on import, its checksum and where it will go), shown for
 * approval with the metadata form; approving writes the text under {@code sources/} and adds the
 * source as one edit that can be undone. Nothing is written before approval.
 */
public final class ImportModel {

    private final Background background;
    private final Messages words;
    private final CuratorModel curator;
    private final SourceFormModel form;
    private final ReadOnlyObjectWrapper<ImportProposal> proposal = new ReadOnlyObjectWrapper<>(this, "proposal");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper added = new ReadOnlyStringWrapper(this, "added");

    public ImportModel(Background background, CuratorModel curator) {
        this.background = background;
        this.curator = curator;
        this.words = curator.words();
        this.form = new SourceFormModel(words);
    }

    /** Reads {@code file} in the background; the proposal (or why it cannot be imported) follows. */
    public void read(Path file) {
        EditSession session = curator.getSession();
        Path folder = session.file().getParent();
        List<String> taken = curator.getDocument().sources().stream().map(SourceDto::id).toList();
        busy.set(true);
        problem.set(null);
        proposal.set(null);
        background.run(() -> SourceImporter.propose(file, folder, taken), p -> {
            busy.set(false);
            proposal.set(p);
            text.set(p.text());
            details.set(words.get("edit.import.details", p.file(), p.sha256(),
                    p.text().codePointCount(0, p.text().length()), String.join(" ", p.notes())));
            form.load(p, taken);
        }, failure -> {
            busy.set(false);
            problem.set(failure instanceof ImportRefusedException refused ? refused.getMessage(words)
                    : words.get("edit.import.failed", file.toString(), String.valueOf(failure.getMessage())));
        });
    }

    /**
     * Approves the proposal with the form's metadata: the text is written under {@code sources/} and
     * the source added (one edit). {@code onAdded} gets the new source's id.
     */
    public void approve(java.util.function.Consumer<String> onAdded) {
        ImportProposal p = proposal.get();
        if (p == null) {
            return;
        }
        SourceDto approved = form.toDto();
        EditSession session = curator.getSession();
        busy.set(true);
        background.run(() -> {
            session.addImportedSource(p, approved);
            return approved.id();
        }, id -> {
            busy.set(false);
            curator.changedElsewhere();
            added.set(id);
            onAdded.accept(id);
        }, failure -> {
            busy.set(false);
            problem.set(failure instanceof EditRefusedException refused ? refused.getMessage(words)
                    : words.get("edit.import.failed", p.original().toString(), String.valueOf(failure.getMessage())));
        });
    }

    /** The words of the window this import serves. */
    public Messages words() {
        return words;
    }

    /** The metadata form, filled from the proposal. */
    public SourceFormModel form() {
        return form;
    }

    public ReadOnlyObjectProperty<ImportProposal> proposalProperty() {
        return proposal.getReadOnlyProperty();
    }

    /** The text as it will be stored, for approval. */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Where it will be written, its checksum and size, and what was done on import. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** Why the file cannot be imported, or the source not added; null when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The id of the source added, once approved. */
    public ReadOnlyStringProperty addedProperty() {
        return added.getReadOnlyProperty();
    }
}
