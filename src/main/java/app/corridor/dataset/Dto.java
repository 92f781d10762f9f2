package app.corridor.dataset;

import java.math.BigInteger;
import java.util.List;

/**
 * The on-disk shape of {@code events.json}, kept apart from the model: these records say what the
 * file holds (strings, as written), the model says what the data means. {@link ShapeChecker}
 * reads the required and optional fields straight off these declarations.
 */
final class Dto {

    private Dto() {
    }

    /** The whole file. {@code schemaVersion} lets later formats be told apart. */
    record DatasetDto(BigInteger schemaVersion, String title, List<SourceDto> sources, List<ActorDto> actors,
                      List<EventDto> events) {
    }

    record SourceDto(String id, String file, String sha256, String title,
                     @OptionalField String author, @OptionalField String authorRole,
                     @OptionalField String outlet, @OptionalField String published,
                     @OptionalField String url, @OptionalField String note) {
    }

    record ActorDto(String id, String name, @OptionalField String nativeName, String country, String kind,
                    @OptionalField List<RoleDto> roles) {
    }

    record RoleDto(String title, @OptionalField String from, @OptionalField String to) {
    }

    record EventDto(String id, String title, String kind, String date, @OptionalField String location,
                    List<ParticipationDto> actors, String summary, @OptionalField String note,
                    List<QuoteDto> quotes) {
    }

    record ParticipationDto(String actor, String part) {
    }

    record QuoteDto(String source, String text) {
    }
}
