package app.corridor.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.corridor.i18n.Language;
import app.corridor.i18n.Messages;
import app.corridor.ui.timeline.KeyBindings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No words in the window but from the bundles. Every string literal of the {@code ui} sources that
 * holds a word (two letters or more) must be technical by its place in the code (a style class, an
 * id, a CSS lookup, a property's name, a bundle key, a log line, an exception for developers) or
 * be listed, with its reason, in {@code src/test/resources/i18n/ui-literals.txt} (a new line written
 * there as \n). A new label,
 * tooltip or message written in as text fails here, whatever method it is passed to.
 */
class HardCodedTextTest {

    private static final Path UI = Path.of("src/main/java/app/corridor/ui");
    private static final Path MAIN = Path.of("src/main/java/app/corridor");
    private static final Path ALLOWED = Path.of("src/test/resources/i18n/ui-literals.txt");
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*\\.?");
    /** Code right before a literal that makes it technical. */
    private static final Pattern TECHNICAL = Pattern.compile(String.join("|",
            "setId\\($", "getStyleClass\\(\\)\\.(add|addAll|remove|contains)\\((.*, )?$", "lookup(All)?\\($",
            "getPseudoClass\\($", "(Property|Wrapper|Binding)(<[^>]*>)?\\(this, $", "LOG\\.\\w+\\(.*$",
            "Logger\\.getLogger\\($", "throw new \\w+(Exception|Error)\\(.*$", "getResource(AsStream)?\\($",
            "@\\w+\\($", "\\bget\\($", "\\bget\\(\"[^\"]*\" \\+ \\w+ \\+ $", "\\.has\\($", "new Gesture\\($", "containsKey\\($"));
    /**
     * Literals technical by their form: hyphenated codes (style classes, ids: "legend-kind",
     * "-corridor-text"), constant names ("KIND"), CSS ("-fx-", "#0969da"), accelerators
     * ("Shortcut+Shift+C"), file names and globs ("settings.json", "*.json"), command-line options.
     */
    private static final Pattern CODE = Pattern.compile(String.join("|",
            "-?[a-z0-9]+(-[a-z0-9]+)+-?", "[A-Z][A-Z_]*", "(?s).*-fx-.*", "#[0-9a-fA-F]{6}", "\\.[a-z-]+\\.?",
            "(Shortcut|Ctrl|Alt|Shift|Meta)(\\+\\w+)+", "\\*?\\.?[\\w-]*\\.(json|tmp|css|ttf)", "--[a-z-]+=?"));

    /** A string literal of a source file, with the code before it on its line. */
    record Literal(Path file, int line, String value, String before) {
        @Override
        public String toString() {
            return UI.relativize(file) + ":" + line + " \"" + value + "\"";
        }
    }

    @Test
    void theWindowHasNoWordsButFromTheBundles() throws IOException {
        Map<String, String> allowed = allowList();
        Properties english = english();
        List<String> found = new ArrayList<>();
        TreeSet<String> used = new TreeSet<>();
        for (Literal l : literals(UI)) {
            if (!WORD.matcher(l.value()).find() || TECHNICAL.matcher(l.before()).find()
                    || CODE.matcher(l.value()).matches() || isKey(l.value(), english)) {
                continue;
            }
            String id = UI.relativize(l.file()) + " | " + l.value();
            if (allowed.containsKey(id)) {
                used.add(id);
            } else {
                found.add(l.toString());
            }
        }
        assertThat(found).as("words written into the ui sources; move them to messages.properties (and the "
                + "Chinese and Urdu bundles), or list a technical literal in " + ALLOWED).isEmpty();
        TreeSet<String> stale = new TreeSet<>(allowed.keySet());
        stale.removeAll(used);
        assertThat(stale).as("entries of " + ALLOWED + " the sources no longer have").isEmpty();
    }

    /** A bundle key, or the start ("lanes.") or end (".help") of keys put together in code. */
    private static boolean isKey(String value, Properties english) {
        if (!value.contains(".") || !KEY.matcher(value.startsWith(".") ? value.substring(1) : value).matches()) {
            return false;
        }
        return english.containsKey(value)
                || value.endsWith(".") && english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(value))
                || value.startsWith(".") && english.stringPropertyNames().stream().anyMatch(k -> k.endsWith(value));
    }

    private static Properties english() throws IOException {
        Properties english = new Properties();
        try (var in = Messages.class.getResourceAsStream("messages.properties")) {
            english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return english;
    }

    /** Every key the code asks for ({@code words.get("…")}, anywhere in main) is in the English bundle. */
    @Test
    void everyKeyTheCodeUsesIsInTheBundles() throws IOException {
        Properties english = english();
        List<String> missing = new ArrayList<>();
        for (Literal l : literals(MAIN)) {
            boolean key = l.before().matches(".*\\b(get|has)\\($") || l.before().matches(".*\\bget\\(\"[^\"]*\" \\+ \\w+ \\+ $");
            if (!key || !KEY.matcher(l.value()).matches() || !l.value().contains(".")) {
                continue;
            }
            boolean present = l.value().endsWith(".") || l.before().endsWith("+ ")
                    ? english.stringPropertyNames().stream().anyMatch(k -> k.startsWith(l.value()))
                    : english.containsKey(l.value());
            if (!present) {
                missing.add(l.toString());
            }
        }
        for (MenuAction a : MenuAction.values()) {
            if (!english.containsKey(a.key())) {
                missing.add("MenuAction " + a + ": " + a.key());
            }
        }
        for (KeyBindings.Binding b : KeyBindings.KEYS) {
            if (!english.containsKey(b.what())) {
                missing.add("KeyBindings " + b.command() + ": " + b.what());
            }
        }
        for (KeyBindings.Gesture g : KeyBindings.GESTURES) {
            for (String k : List.of(g.shown(), g.what())) {
                if (!english.containsKey(k)) {
                    missing.add("KeyBindings gesture: " + k);
                }
            }
        }
        assertThat(missing).as("keys asked for but not in messages.properties").isEmpty();
        // And each language has them (BundlesTest checks the bundles agree key for key).
        for (Language language : Language.values()) {
            assertThat(Messages.of(language).has("menu.language")).isTrue();
        }
    }

    private static Map<String, String> allowList() throws IOException {
        Map<String, String> allowed = new LinkedHashMap<>();
        for (String line : Files.readAllLines(ALLOWED, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split(" \\| ", 3);
            assertThat(parts).as("allow-list line \"%s\": FILE | literal | reason", line).hasSize(3);
            allowed.put(parts[0].strip() + " | " + parts[1].replace("\\n", "\n"), parts[2]);
        }
        return allowed;
    }

    /** Every string literal (text blocks included) of the Java files under {@code root}, comments skipped. */
    static List<Literal> literals(Path root) throws IOException {
        List<Literal> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                scan(f, Files.readString(f, StandardCharsets.UTF_8), out);
            }
        }
        return out;
    }

    private static void scan(Path file, String src, List<Literal> out) {
        int line = 1;
        int lineStart = 0;
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (c == '\n') {
                line++;
                lineStart = i + 1;
                i++;
            } else if (src.startsWith("//", i)) {
                i = src.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                for (int k = i; k < end; k++) {
                    if (src.charAt(k) == '\n') {
                        line++;
                        lineStart = k + 1;
                    }
                }
                i = end + 2;
            } else if (c == '\'') {
                i += src.charAt(i + 1) == '\\' ? src.indexOf('\'', i + 3) - i + 1 : 3;
            } else if (c == '"') {
                boolean block = src.startsWith("\"\"\"", i);
                int start = i + (block ? 3 : 1);
                int k = start;
                while (block ? !src.startsWith("\"\"\"", k) : src.charAt(k) != '"') {
                    k += src.charAt(k) == '\\' ? 2 : 1;
                }
                String before = src.substring(lineStart, i).strip();
                out.add(new Literal(file, line, unescape(src.substring(start, k)), before.isEmpty() ? before
                        : src.substring(lineStart, i).stripLeading()));
                for (int m = start; m < k; m++) {
                    if (src.charAt(m) == '\n') {
                        line++;
                        lineStart = m + 1;
                    }
                }
                i = k + (block ? 3 : 1);
            } else {
                i++;
            }
        }
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("\\\\u([0-9a-fA-F]{4})").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        m.appendTail(b);
        return b.toString().replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
    }
}
