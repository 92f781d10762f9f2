package app.corridor.dataset;

import app.corridor.model.Dataset;
import java.util.List;

/**
 * What reading a dataset gave: the dataset when it is valid, otherwise every problem found.
 *
 * @param contentHash SHA-256 of the dataset file's bytes; null when it could not be read, from a
 *                    loader {@linkplain DatasetLoader#forChecking() for checking}, or from curator
 *                    mode's check of only the events an edit changed
 */
public record LoadResult(Dataset dataset, List<Problem> problems, String contentHash) {

    public LoadResult {
        problems = List.copyOf(problems);
        if ((dataset == null) == problems.isEmpty()) {
            throw new IllegalArgumentException("a result has a dataset or problems, not both");
        }
    }

    public boolean isValid() {
        return dataset != null;
    }
}
