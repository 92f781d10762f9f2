package app.corridor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small datasets for tests: a valid one to copy, and helpers to break it in one place. */
public final class Fixtures {

    private Fixtures() {
    }

    /** Copies the mini dataset (2 sources, 3 actors, 4 events) into {@code dir}; returns its events.json. */
    public static Path mini(Path dir) {
        try {
            Path from = Path.of(Fixtures.class.getResource("/fixtures/mini").toURI());
            try (Stream<Path> files = Files.walk(from)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path to = dir.resolve(from.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to);
                    }
                }
            }
            return dir.resolve("events.json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mini dataset copied into {@code dir}/data and its store built in {@code dir}/store, open. */
    public static app.corridor.store.Store miniStore(Path dir) {
        Path data = mini(dir.resolve("data"));
        return new app.corridor.store.StoreManager(dir.resolve("store"), new app.corridor.dataset.DatasetLoader())
                .open(new app.corridor.dataset.DirectoryDatasetFiles(data.getParent()), "events.json",
                        app.corridor.store.StoreManager.Progress.NONE).store();
    }

    /**
     * The mini dataset in {@code dir} with its {@code sources/article.txt} a link to
     * {@code dir/secret.txt}, outside {@code sources/}, and a quote changed to that file's first
     * words: what a check must refuse without ever showing the words. Returns the dataset file.
     */
    public static Path miniWithSourceLinkedOutside(Path dir) throws IOException {
        Path file = mini(dir);
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "Top secret plans for the airport commenced commercial operations.");
        Path article = dir.resolve("sources/article.txt");
        Files.delete(article);
        Files.createSymbolicLink(article, secret);
        edit(file, "\"text\": \"The airport commenced commercial operations\"",
                "\"text\": \"Top secret plans for the moon\"");
        return file;
    }

    /** Replaces the one occurrence of {@code from} in {@code file} by {@code to}. */
    public static void edit(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(text).as("fixture text to replace").contains(from);
            assertThat(text.indexOf(from)).as("fixture text occurs once").isEqualTo(text.lastIndexOf(from));
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based line of the first occurrence of {@code needle} in {@code file}. */
    public static int lineOf(Path file, String needle) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int index = text.indexOf(needle);
            assertThat(index).as("fixture contains " + needle).isNotNegative();
            return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + 1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
