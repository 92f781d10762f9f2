package app.corridor.dataset;

import static app.corridor.dataset.SyntheticText.pick;

import app.corridor.model.Actor;
import app.corridor.model.ActorKind;
import app.corridor.model.Country;
import app.corridor.model.Dataset;
import app.corridor.model.Event;
import app.corridor.model.EventDate;
import app.corridor.model.EventKind;
import app.corridor.model.PartialDate;
import app.corridor.model.Part;
import app.corridor.model.Participation;
import app.corridor.model.Quote;
import app.corridor.model.Role;
import app.corridor.model.Source;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Makes a valid dataset of any size for benchmarks and trials at scale: realistic in the ways that
 * cost time (kinds, precisions, intervals, qualifiers, hundreds of actors with a long tail, many
 * sources of various lengths, quotes that are real stretches of their sources, a few of them only
 * matching with other whitespace), and the same for the same seed on any machine
 * ({@link java.util.Random}'s sequence is specified).
 *
 * <p>The proportions follow the curated data: about 1.5 quotes and 1.7 actors per event, visits as
 * intervals, most dates known to the day, more events in recent decades.
 */
public final class DatasetGenerator {

    /** The most events {@link #generate} makes: its output stays well under {@link DatasetLoader#MAX_DATASET_BYTES}. */
    public static final int MAX_EVENTS = 250_000;

    private static final EventKind[] KINDS = EventKind.values();
    /** Relative frequencies of {@link EventKind#values()}, in their order. */
    private static final int[] KIND_WEIGHTS = {4, 10, 22, 5, 1, 5, 12, 8, 12, 2, 5, 4, 10};

    private final Random random;
    private final int eventCount;
    private final List<Actor> actors = new ArrayList<>();
    private final Map<String, Actor> actorsById = new HashMap<>();
    private final double[] actorWeights;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    /** Per source, the offsets of its sentences: start, end, start, end, … */
    private final Map<String, int[]> sentences = new HashMap<>();
    private double[] sourceWeights;
    private final Set<String> ids = new HashSet<>();

    private DatasetGenerator(int eventCount, long seed) {
        this.random = new Random(seed);
        this.eventCount = eventCount;
        int actorCount = (int) Math.min(2000, Math.max(20, 20 + 4 * Math.sqrt(eventCount)));
        actorWeights = zipf(actorCount, 1.05);
    }

    /**
     * {@code events} events (1 to {@link #MAX_EVENTS}) with their actors and sources, the same for
     * the same {@code seed}.
     */
    public static Dataset generate(int events, long seed) {
        if (events < 1 || events > MAX_EVENTS) {
            throw new IllegalArgumentException("events must be 1 to " + MAX_EVENTS + ", not " + events);
        }
        return new DatasetGenerator(events, seed).build();
    }

    private Dataset build() {
        for (int i = 0; i < actorWeights.length; i++) {
            Actor a = actor();
            actors.add(a);
            actorsById.put(a.id(), a);
        }
        int sourceCount = Math.max(3, eventCount / 40);
        for (int i = 0; i < sourceCount; i++) {
            sources.add(source(i));
        }
        sourceWeights = zipf(sourceCount, 0.8);
        List<Event> events = new ArrayList<>(eventCount);
        for (int i = 0; i < eventCount; i++) {
            events.add(event(i));
        }
        return new Dataset(eventCount + " generated events", sources, actors, events, texts);
    }

    // ---- actors

    private Actor actor() {
        int roll = random.nextInt(10);
        Country country = roll < 4 ? Country.CN : roll < 8 ? Country.PK : Country.OTHER;
        boolean person = random.nextInt(5) > 0;
        String name;
        String nativeName = null;
        if (!person) {
            String place = switch (country) {
                case CN -> "China";
                case PK -> "Pakistan";
                case OTHER -> pick(random, new String[] {"Shanghai Cooperation Organisation", "United Nations",
                    "BRICS", "ASEAN", "Asian Infrastructure Investment Bank"});
            };
            name = pick(random, SyntheticText.ORGANISATIONS) + " of " + place;
        } else if (country == Country.CN) {
            String[] family = pick(random, SyntheticText.CHINESE_NAMES);
            String[] given = pick(random, SyntheticText.CHINESE_GIVEN);
            name = family[0] + " " + given[0];
            nativeName = family[1] + given[1];
        } else if (country == Country.PK) {
            String[] given = pick(random, SyntheticText.PAKISTANI_GIVEN);
            String[] family = pick(random, SyntheticText.PAKISTANI_FAMILY);
            name = given[0] + " " + family[0];
            nativeName = random.nextBoolean() ? given[1] + " " + family[1] : null;
        } else {
            name = pick(random, SyntheticText.OTHER_NAMES) + " " + pick(random, SyntheticText.OTHER_FAMILY);
        }
        List<Role> roles = new ArrayList<>();
        int roleCount = person ? random.nextInt(4) : 0;
        int year = 1960 + random.nextInt(60);
        for (int r = 0; r < roleCount; r++) {
            PartialDate from = random.nextBoolean() ? PartialDate.ofYear(year)
                    : PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
            year += 1 + random.nextInt(6);
            PartialDate to = r == roleCount - 1 && random.nextBoolean() || year > 2026 ? null : PartialDate.ofYear(year);
            roles.add(new Role(pick(random, new String[] {"Minister", "Vice Minister", "Ambassador", "Chairman",
                "Senator", "Governor", "Secretary", "Member of the Standing Committee", "President", "Premier"})
                    + " (" + (country == Country.OTHER ? "international" : country.label()) + ")", from, to));
        }
        return new Actor(uniqueId(slug(name)), name, nativeName, country,
                person ? ActorKind.PERSON : ActorKind.ORGANISATION, roles);
    }

    // ---- sources

    private Source source(int i) {
        int year = recentYear();
        String id = uniqueId("source-" + year + "-" + Integer.toString(i, 36));
        String file = DatasetLoader.SOURCES_FOLDER + "/" + year + "/" + id + ".txt";
        String title = SyntheticText.capitalised(pick(random, new String[] {"remarks on", "an article on",
            "joint statement on", "interview on", "speech on", "report on", "letter on", "briefing on"}))
                + " " + pick(random, SyntheticText.TOPICS);
        // Long tail: most sources a few kilobytes, some ten times that.
        int paragraphs = 3 + (int) (Math.exp(random.nextGaussian() * 0.7) * 5);
        boolean wrapped = random.nextInt(10) < 4; // hard-wrapped lines, as in plain-text copies of articles
        StringBuilder text = new StringBuilder(title).append("\n\n");
        List<Integer> offsets = new ArrayList<>();
        for (int p = 0; p < paragraphs; p++) {
            int lineStart = text.length();
            int count = 2 + random.nextInt(6);
            for (int s = 0; s < count; s++) {
                if (s > 0) {
                    // Mostly a space between sentences; sometimes an en space, as in one curated source.
                    text.append(random.nextInt(20) == 0 ? "\u2002" : " ");
                }
                String sentence = SyntheticText.sentence(random, 8 + random.nextInt(22));
                if (wrapped) {
                    sentence = wrap(sentence, text.length() - lineStart);
                    int lastBreak = sentence.lastIndexOf('\n');
                    if (lastBreak >= 0) {
                        lineStart = text.length() + lastBreak + 1;
                    }
                }
                offsets.add(text.length());
                text.append(sentence);
                offsets.add(text.length());
            }
            text.append("\n\n");
        }
        String body = text.toString();
        texts.put(id, body);
        sentences.put(id, offsets.stream().mapToInt(Integer::intValue).toArray());
        PartialDate published = random.nextInt(3) == 0 ? PartialDate.ofMonth(year, 1 + random.nextInt(12))
                : PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(365)));
        Actor author = actors.get(sampleIndex(actorWeights));
        return new Source(id, file, Hashing.sha256(body.getBytes(StandardCharsets.UTF_8)), title,
                random.nextBoolean() ? author.name() : null, null,
                random.nextBoolean() ? pick(random, new String[] {"Daily Dawn", "The News", "Xinhua", "People's Daily",
                    "Pakistan Today", "CGTN", "The Express Tribune", "China Daily"}) : null,
                published, random.nextInt(3) == 0 ? "https://example.org/" + id : null, null);
    }

    /** Breaks a sentence into lines of about 78 characters, given the column it starts at. */
    private static String wrap(String sentence, int column) {
        StringBuilder sb = new StringBuilder(sentence.length() + 4);
        int col = column;
        for (String word : sentence.split(" ")) {
            if (sb.length() > 0) {
                if (col + 1 + word.length() > 78) {
                    sb.append('\n');
                    col = 0;
                } else {
                    sb.append(' ');
                    col++;
                }
            }
            sb.append(word);
            col += word.length();
        }
        return sb.toString();
    }

    // ---- events

    private Event event(int i) {
        EventKind kind = KINDS[sampleIndex(KIND_WEIGHTS)];
        EventDate date = date(kind);
        List<Participation> who = participants(kind);
        String title = title(kind, who, date);
        String id = uniqueId(slug(kind.code() + "-" + date.start().year() + "-" + Integer.toString(i, 36)));
        String location = kind == EventKind.LETTER || kind == EventKind.ANNIVERSARY || random.nextInt(5) == 0 ? null
                : pick(random, SyntheticText.CITIES);
        String summary = title + ". " + SyntheticText.sentence(random, 10 + random.nextInt(14));
        String note = random.nextInt(10) == 0 ? "The source gives only " + date.start().label()
                + "; the rest is from the public record." : null;
        int quoteCount = random.nextInt(20) < 11 ? 1 : random.nextInt(10) < 8 ? 2 : 3;
        List<Quote> quotes = new ArrayList<>(quoteCount);
        for (int q = 0; q < quoteCount; q++) {
            quotes.add(quote());
        }
        return new Event(id, title, kind, date, location, who, summary, note, quotes);
    }

    private EventDate date(EventKind kind) {
        int year = recentYear();
        LocalDate day = LocalDate.of(year, 1, 1).plusDays(random.nextInt(365));
        boolean visit = kind == EventKind.STATE_VISIT || kind == EventKind.OFFICIAL_VISIT || kind == EventKind.SUMMIT
                || kind == EventKind.PARTY_PLENUM;
        int roll = random.nextInt(100);
        if (visit ? roll < 70 : roll < 8) {
            return new EventDate(PartialDate.of(day), PartialDate.of(day.plusDays(1 + random.nextInt(6))));
        }
        if (roll < 80) {
            return EventDate.of(qualified(PartialDate.of(day), 40));
        }
        if (roll < 92) {
            return EventDate.of(qualified(PartialDate.ofMonth(year, day.getMonthValue()), 8));
        }
        if (roll < 94) {
            int month = day.getMonthValue();
            return new EventDate(PartialDate.ofMonth(year, month), PartialDate.ofMonth(year, Math.min(12, month + 2)));
        }
        return EventDate.of(qualified(PartialDate.ofYear(year), 6));
    }

    /** Sometimes approximate ({@code ~}), uncertain ({@code ?}) or both ({@code %}): one time in {@code oneIn}. */
    private PartialDate qualified(PartialDate d, int oneIn) {
        if (random.nextInt(oneIn) != 0) {
            return d;
        }
        int which = random.nextInt(4);
        return new PartialDate(d.year(), d.month(), d.day(), which != 1, which >= 1 && which != 2);
    }

    private List<Participation> participants(EventKind kind) {
        int roll = random.nextInt(100);
        int count = roll < 10 ? 0 : roll < 45 ? 1 : roll < 80 ? 2 : roll < 92 ? 3 : 4 + random.nextInt(3);
        List<Participation> who = new ArrayList<>(count);
        Set<String> seen = new HashSet<>();
        for (int tries = 0; who.size() < count && tries < count * 10; tries++) {
            Actor a = actors.get(sampleIndex(actorWeights));
            if (!seen.add(a.id())) {
                continue;
            }
            Part part = switch (kind) {
                case STATE_VISIT, OFFICIAL_VISIT -> who.isEmpty() ? Part.GUEST : Part.HOST;
                case LETTER, SPEECH -> who.isEmpty() ? Part.AUTHOR : Part.PARTICIPANT;
                default -> Part.PARTICIPANT;
            };
            who.add(new Participation(a.id(), part));
        }
        return who;
    }

    private String title(EventKind kind, List<Participation> who, EventDate date) {
        String a = who.isEmpty() ? "Pakistani delegation" : nameOf(who.get(0));
        String b = who.size() < 2 ? "Chinese counterparts" : nameOf(who.get(1));
        return switch (kind) {
            case STATE_VISIT -> a + "'s state visit to " + (random.nextBoolean() ? "China" : "Pakistan");
            case OFFICIAL_VISIT -> a + " visits " + pick(random, SyntheticText.CITIES).split(",")[0];
            case MEETING -> random.nextBoolean() ? a + " meets " + b : "Talks between " + a + " and " + b;
            case PARTY_CONFERENCE -> SyntheticText.ordinal(1 + random.nextInt(12))
                    + " meeting of the CPEC Political Parties Joint Consultation Mechanism";
            case PARTY_PLENUM -> SyntheticText.ordinal(1 + random.nextInt(7)) + " Plenary Session of the "
                    + SyntheticText.ordinal(8 + random.nextInt(13)) + " Central Committee";
            case SUMMIT -> pick(random, new String[] {"SCO", "BRICS", "FOCAC", "Belt and Road Forum", "CICA"})
                    + " summit in " + pick(random, SyntheticText.CITIES).split(",")[0];
            case CALL -> "Phone call between " + a + " and " + b;
            case LETTER -> "Letter from " + a + " to " + b;
            case SPEECH -> a + " on " + pick(random, SyntheticText.TOPICS);
            case ELECTION -> random.nextBoolean() ? "General election in Pakistan" : a + " elected";
            case DIPLOMATIC_MILESTONE -> "Agreement on " + pick(random, SyntheticText.TOPICS) + " signed";
            case ANNIVERSARY -> SyntheticText.ordinal(Math.max(1, date.start().year() - 1951))
                    + " anniversary of diplomatic relations";
            case PROJECT_MILESTONE -> pick(random, SyntheticText.PROJECTS) + " " + pick(random, new String[] {
                "groundbreaking", "begins operations", "phase two completed", "first shipment", "financial close"});
        };
    }

    private String nameOf(Participation p) {
        return actorsById.get(p.actorId()).name();
    }

    /** One to three sentences of a source, or a clause of one; sources quoted more follow a long tail. */
    private Quote quote() {
        Source source = sources.get(sampleIndex(sourceWeights));
        String text = texts.get(source.id());
        int[] offsets = sentences.get(source.id());
        int count = offsets.length / 2;
        int first = random.nextInt(count);
        int start = offsets[2 * first];
        int end;
        if (random.nextInt(10) == 0) {
            // A clause: from the sentence's start to a word boundary inside it.
            int sentenceEnd = offsets[2 * first + 1];
            int cut = text.lastIndexOf(' ', start + (sentenceEnd - start) * (4 + random.nextInt(5)) / 10);
            end = cut > start ? cut : sentenceEnd;
        } else {
            int last = Math.min(count - 1, first + (random.nextInt(10) < 7 ? 0 : random.nextInt(10) < 8 ? 1 : 2));
            end = offsets[2 * last + 1];
        }
        return new Quote(source.id(), text.substring(start, end), start, end);
    }

    // ---- helpers

    /** More events in recent decades, as in the real record: 1951–2026, half of them after 2008. */
    private int recentYear() {
        double u = random.nextDouble();
        return 2026 - (int) (75 * u * u);
    }

    private String uniqueId(String base) {
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** A slug of {@code text}: lowercase ASCII letters and digits joined by single hyphens. */
    static String slug(String text) {
        StringBuilder sb = new StringBuilder();
        for (char c : text.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            } else if (sb.length() > 0 && sb.charAt(sb.length() - 1) != '-') {
                sb.append('-');
            }
        }
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == '-') {
            sb.setLength(sb.length() - 1);
        }
        return sb.length() == 0 ? "x" : sb.toString();
    }

    /** Cumulative weights of ranks 1..n by Zipf's law with exponent {@code s}: a few common, a long tail. */
    private static double[] zipf(int n, double s) {
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += 1 / Math.pow(i + 1, s);
            cumulative[i] = sum;
        }
        return cumulative;
    }

    private int sampleIndex(double[] cumulative) {
        double x = random.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, i >= 0 ? i : -i - 1);
    }

    private int sampleIndex(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int x = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
