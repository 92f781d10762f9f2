package app.corridor.dataset;

import java.math.BigInteger;
import java.util.List;

/**
 * The on-disk shape of {@code events.json}, kept apart from the model: these records say what the
 * file holds (strings, as written), the model says what the data means. {@link ShapeChecker}
 * reads the required and optional fields straight off these declarations, and the canonical
 * writer ({@code app.corridor.dataset.canonical}) writes the keys in their declaration order.
 *
 * <p>Public because they are also the editor's document: a dataset being curated may have
 * problems (an event without a quote yet, a date still to check), which the validated model
 * cannot hold. A null optional field means "not known"; a null required one is a problem the
 * loader reports.
 */
public final class Dto {

    private Dto() {
    }

    /** The whole file. {@code schemaVersion} lets later formats be told apart. */
    public record DatasetDto(BigInteger schemaVersion, String title, List<SourceDto> sources, List<ActorDto> actors,
                      List<EventDto> events) {
    }

    public record SourceDto(String id, String file, String sha256, String title,
                     @OptionalField String author, @OptionalField String authorRole,
                     @OptionalField String outlet, @OptionalField String published,
                     @OptionalField String url, @OptionalField String note) {
    }

    public record ActorDto(String id, String name, @OptionalField String nativeName, @SharedValue String country,
                    @SharedValue String kind,
                    @OptionalField List<RoleDto> roles) {
    }

    public record RoleDto(String title, @OptionalField String from, @OptionalField String to) {
    }

    public record EventDto(String id, String title, @SharedValue String kind, @SharedValue String date,
                    @OptionalField @SharedValue String location,
                    List<ParticipationDto> actors, String summary, @OptionalField String note,
                    List<QuoteDto> quotes) {
    }

    public record ParticipationDto(@SharedValue String actor, @SharedValue String part) {
    }

    public record QuoteDto(@SharedValue String source, String text) {
    }
}
