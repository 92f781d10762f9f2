package app.corridor.ui;

import app.corridor.dataset.Dto.DatasetDto;
import app.corridor.dataset.Dto.EventDto;
import app.corridor.dataset.Dto.QuoteDto;
import app.corridor.dataset.Dto.SourceDto;
import app.corridor.dataset.QuoteLocator;
import app.corridor.model.Coded;
import app.corridor.model.Dataset;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Event;
import app.corridor.model.Quote;
import app.corridor.model.Source;
import app.corridor.model.TextLines;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What the source viewer shows, without nodes: a source's text as numbered lines, the quotes the
 * dataset takes from it (each with the events that cite it), and which stretches of each line to
 * mark for a chosen quote and a search. Marking is linear in the number of quotes: the spans are
 * sorted once, merged, and handed out to the lines in one sweep, so a source quoted thousands of
 * times opens at once.
 */
final class SourceDocument {

    /** The style class of the chosen quote's mark. */
    static final String TARGET = "mark-target";
    /** The style class of the marks of the document's other quotes. */
    static final String OTHER = "mark-quote";
    /** The style class of a search match. */
    static final String FOUND = "mark-found";
    /** The style class of the search match the viewer is at. */
    static final String FOUND_CURRENT = "mark-found-current";
    /** The style class of the words selected to quote (curator mode). */
    static final String SELECTED = "mark-selection";

    /** Any run of whitespace, the no-break and typographic spaces included: a typed space finds them. */
    private static final String WHITESPACE = "[\\s\\p{Z}]+";

    /** A quote of this source and the events that cite it (usually one). */
    record CitedQuote(Quote quote, List<Event> events) {
    }

    /** Characters {@code [start, end)} of the whole text. */
    record Span(int start, int end) {
    }

    private final Source source;
    private final String text;
    private final TextLines lines;
    private final List<CitedQuote> quotes;

    SourceDocument(Source source, String text, List<CitedQuote> quotes) {
        this.source = source;
        this.text = text;
        this.lines = TextLines.of(text);
        this.quotes = quotes.stream()
                .sorted(Comparator.comparingInt((CitedQuote c) -> c.quote().start())
                        .thenComparingInt(c -> c.quote().end()))
                .toList();
    }

    /** The document of {@code source}, with every quote the dataset's events take from it. */
    static SourceDocument of(Dataset dataset, Source source) {
        Map<Span, List<Event>> cited = new LinkedHashMap<>();
        Map<Span, Quote> first = new LinkedHashMap<>();
        for (Event e : dataset.events()) {
            for (Quote q : e.quotes()) {
                if (q.sourceId().equals(source.id())) {
                    Span span = new Span(q.start(), q.end());
                    first.putIfAbsent(span, q);
                    List<Event> events = cited.computeIfAbsent(span, k -> new ArrayList<>());
                    if (!events.contains(e)) {
                        events.add(e);
                    }
                }
            }
        }
        List<CitedQuote> quotes = first.entrySet().stream()
                .map(en -> new CitedQuote(en.getValue(), List.copyOf(cited.get(en.getKey())))).toList();
        String text = dataset.sourceTexts().getOrDefault(source.id(), "");
        return new SourceDocument(source, text, quotes);
    }

    /**
     * The document of a source as a dataset being edited has it: its quotes located as the
     * validator locates them, and the events citing them. Entries still being written are taken
     * as far as they go: a quote not found in the text is left out, and an event whose kind or date
     * cannot be read yet is not named among those citing a quote.
     */
    static SourceDocument ofDraft(DatasetDto document, SourceDto sourceDto, String text) {
        Source source = new Source(sourceDto.id(), sourceDto.file() == null ? "" : sourceDto.file(),
                sourceDto.sha256(), sourceDto.title() == null ? sourceDto.id() : sourceDto.title(), sourceDto.author(),
                sourceDto.authorRole(), sourceDto.outlet(), lenientDate(sourceDto.published()), sourceDto.url(),
                sourceDto.note());
        Map<Span, List<Event>> cited = new LinkedHashMap<>();
        Map<Span, Quote> first = new LinkedHashMap<>();
        for (EventDto e : document.events() == null ? List.<EventDto>of() : document.events()) {
            Event citer = lenientEvent(e);
            for (QuoteDto q : e.quotes() == null ? List.<QuoteDto>of() : e.quotes()) {
                if (!sourceDto.id().equals(q.source()) || q.text() == null) {
                    continue;
                }
                QuoteLocator.locate(text, q.text()).ifPresent(at -> {
                    Span span = new Span(at.start(), at.end());
                    first.putIfAbsent(span, new Quote(sourceDto.id(), text.substring(at.start(), at.end()),
                            at.start(), at.end()));
                    List<Event> events = cited.computeIfAbsent(span, k -> new ArrayList<>());
                    if (citer != null && !events.contains(citer)) {
                        events.add(citer);
                    }
                });
            }
        }
        List<CitedQuote> quotes = first.entrySet().stream()
                .map(en -> new CitedQuote(en.getValue(), List.copyOf(cited.get(en.getKey())))).toList();
        return new SourceDocument(source, text, quotes);
    }

    private static PartialDate lenientDate(String edtf) {
        try {
            return edtf == null ? null : PartialDate.parse(edtf);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The event as far as it can be read, for "Cited for": null when its kind or date cannot be yet. */
    private static Event lenientEvent(EventDto e) {
        try {
            EventKind kind = Coded.fromCode(EventKind.class, e.kind()).orElse(null);
            if (kind == null || e.id() == null || e.title() == null || e.date() == null) {
                return null;
            }
            return new Event(e.id(), e.title(), kind, EventDate.parse(e.date()), e.location(), List.of(),
                    e.summary() == null ? "" : e.summary(), e.note(), List.of());
        } catch (RuntimeException x) {
            return null;
        }
    }

    /**
     * Characters {@code [from, to)} widened to whole words: an end that falls inside a word moves out
     * to the word's edge, as a mouse selection of words does. Spaces and punctuation are left as they are.
     */
    Span toWords(int from, int to) {
        java.text.BreakIterator words = java.text.BreakIterator.getWordInstance(java.util.Locale.ROOT);
        words.setText(text);
        int start = from;
        if (start > 0 && start < text.length() && insideWord(start)) {
            start = words.preceding(start);
        }
        int end = to;
        if (end > 0 && end < text.length() && insideWord(end)) {
            end = words.following(end);
        }
        return new Span(Math.max(0, start), Math.min(text.length(), Math.max(start, end)));
    }

    /** True when {@code offset} falls between two letters or digits of one word. */
    private boolean insideWord(int offset) {
        return Character.isLetterOrDigit(text.codePointBefore(offset)) && Character.isLetterOrDigit(text.codePointAt(offset));
    }

    Source source() {
        return source;
    }

    String text() {
        return text;
    }

    /** The quotes in the order they stand in the text. */
    List<CitedQuote> quotes() {
        return quotes;
    }

    /** Index of the quote with {@code quote}'s span, or 0 when the dataset does not hold it. */
    int indexOf(Quote quote) {
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i).quote();
            if (q.start() == quote.start() && q.end() == quote.end()) {
                return i;
            }
        }
        return 0;
    }

    int lineCount() {
        return lines.count();
    }

    /** The text of 1-based {@code line}, without its line break. */
    String line(int line) {
        return text.substring(lines.start(line), lines.end(line));
    }

    /** Offset of the first character of 1-based {@code line}. */
    int lineStart(int line) {
        return lines.start(line);
    }

    /** The 1-based line holding character {@code offset}: the number the quote card cites. */
    int lineOf(int offset) {
        return lines.lineOf(Math.min(offset, text.length()));
    }

    /**
     * Every place {@code query} occurs, ignoring case, a space in the query matching any run of
     * whitespace; none for a blank query.
     */
    List<Span> find(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String regex = Arrays.stream(query.strip().split(WHITESPACE)).map(Pattern::quote)
                .collect(Collectors.joining(WHITESPACE));
        Matcher m = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text);
        List<Span> found = new ArrayList<>();
        while (m.find()) {
            if (m.end() > m.start()) {
                found.add(new Span(m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * The marks of every line (index 0 is line 1), relative to the line's start: the chosen quote,
     * the other quotes where they do not overlap it, and the search matches with the current one
     * set apart. Runs in time linear in lines, quotes and matches.
     *
     * @param target  index of the chosen quote, or -1 for none
     * @param found   search matches in text order (as {@link #find} gives them)
     * @param current index in {@code found} of the match the viewer is at, or -1
     */
    List<List<TextMark>> marks(int target, List<Span> found, int current) {
        return marks(target, found, current, null);
    }

    /** {@link #marks(int, List, int)} with the words selected to quote ({@code selected}, or null) marked too. */
    List<List<TextMark>> marks(int target, List<Span> found, int current, Span selected) {
        List<List<TextMark>> byLine = new ArrayList<>(lines.count());
        for (int i = 0; i < lines.count(); i++) {
            byLine.add(new ArrayList<>(0));
        }
        Span chosen = target < 0 ? null : new Span(quotes.get(target).quote().start(), quotes.get(target).quote().end());
        List<Span> others = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            if (i != target) {
                others.add(new Span(quotes.get(i).quote().start(), quotes.get(i).quote().end()));
            }
        }
        for (Span s : without(merged(others), chosen)) {
            distribute(s, OTHER, byLine);
        }
        if (chosen != null) {
            distribute(chosen, TARGET, byLine);
        }
        for (int i = 0; i < found.size(); i++) {
            distribute(found.get(i), i == current ? FOUND_CURRENT : FOUND, byLine);
        }
        if (selected != null) {
            distribute(selected, SELECTED, byLine);
        }
        return byLine;
    }

    /** Overlapping or touching spans merged into one; {@code sorted} is in start order, as the quotes are. */
    private static List<Span> merged(List<Span> sorted) {
        List<Span> out = new ArrayList<>();
        for (Span s : sorted) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.start() <= last.end()) {
                out.set(out.size() - 1, new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /** {@code spans} with {@code hole} cut out, so two translucent marks never stack. */
    private static List<Span> without(List<Span> spans, Span hole) {
        if (hole == null) {
            return spans;
        }
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            if (s.end() <= hole.start() || s.start() >= hole.end()) {
                out.add(s);
                continue;
            }
            if (s.start() < hole.start()) {
                out.add(new Span(s.start(), hole.start()));
            }
            if (s.end() > hole.end()) {
                out.add(new Span(hole.end(), s.end()));
            }
        }
        return out;
    }

    /** Adds {@code span} to the lines it crosses, cut at line breaks. */
    private void distribute(Span span, String styleClass, List<List<TextMark>> byLine) {
        if (span.end() <= span.start()) {
            return;
        }
        int first = lineOf(span.start());
        int last = lineOf(Math.max(span.start(), span.end() - 1));
        for (int line = first; line <= last; line++) {
            int from = Math.max(span.start(), lines.start(line)) - lines.start(line);
            int to = Math.min(span.end(), lines.end(line)) - lines.start(line);
            if (to > from) {
                byLine.get(line - 1).add(new TextMark(from, to, styleClass));
            }
        }
    }
}
