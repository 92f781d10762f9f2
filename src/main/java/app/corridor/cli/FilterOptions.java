package app.corridor.cli;

import app.corridor.model.Actor;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.store.EventFilter;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;

/**
 * The filter options every export command shares ({@code --from --to --actor --all-actors --kind
 * --text}), with the same meaning as the app's filter bar.
 */
final class FilterOptions {

    @Option(names = "--from", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only events from this date on (YYYY, YYYY-MM or YYYY-MM-DD).")
    PartialDate from;

    @Option(names = "--to", paramLabel = "DATE", converter = DateConverter.class,
            description = "Only events up to this date (its whole year or month when not a day).")
    PartialDate to;

    @Option(names = "--actor", paramLabel = "ID", split = ",",
            description = "Only events with this actor (repeat or separate with commas; any of them).")
    List<String> actors = new ArrayList<>();

    @Option(names = "--all-actors", description = "Only events with all of the --actor actors together.")
    boolean allActors;

    @Option(names = "--kind", paramLabel = "KIND", split = ",",
            description = "Only events of this kind (repeat or separate with commas), e.g. state-visit.")
    List<String> kinds = new ArrayList<>();

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Only events whose title, summary or quotes contain every word (as a prefix).")
    String text;

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; a bad date is a usage error. */
    static final class DateConverter implements ITypeConverter<PartialDate> {
        @Override
        public PartialDate convert(String value) {
            try {
                return PartialDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Usage errors (exit 2), found before any data is read. */
    void checkUsage(CommandLine commandLine) {
        if (from != null && to != null && to.lastDay().isBefore(from.firstDay())) {
            throw new ParameterException(commandLine, "--to " + to + " is before --from " + from);
        }
        if (allActors && actors.isEmpty()) {
            throw new ParameterException(commandLine, "--all-actors needs at least one --actor");
        }
    }

    /**
     * The filter these options describe over {@code data}, or null after printing to {@code err}
     * which actor ids or kinds are unknown and which are valid.
     */
    EventFilter toFilter(Dataset data, PrintWriter err, String command) {
        Set<String> actorIds = new LinkedHashSet<>();
        actors.forEach(a -> actorIds.add(a.strip()));
        Set<String> known = data.actors().stream().map(Actor::id).collect(Collectors.toSet());
        List<String> unknownActors = actorIds.stream().filter(a -> !known.contains(a)).toList();
        if (!unknownActors.isEmpty()) {
            err.printf("%s: unknown actor%s: %s%nValid actor ids: %s%n", command, unknownActors.size() == 1 ? "" : "s",
                    String.join(", ", unknownActors), known.stream().sorted().collect(Collectors.joining(", ")));
            return null;
        }
        Set<EventKind> kindSet = EnumSet.noneOf(EventKind.class);
        List<String> unknownKinds = new ArrayList<>();
        for (String k : kinds) {
            Arrays.stream(EventKind.values()).filter(v -> v.code().equals(k.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().ifPresentOrElse(kindSet::add, () -> unknownKinds.add(k));
        }
        if (!unknownKinds.isEmpty()) {
            err.printf("%s: unknown kind%s: %s%nValid kinds: %s%n", command, unknownKinds.size() == 1 ? "" : "s",
                    String.join(", ", unknownKinds),
                    Arrays.stream(EventKind.values()).map(Coded::code).collect(Collectors.joining(", ")));
            return null;
        }
        return new EventFilter(from, to, actorIds, allActors, kindSet, text);
    }
}
