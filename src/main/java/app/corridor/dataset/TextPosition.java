package app.corridor.dataset;

/**
 * A place in a text file: 1-based line and column. The column counts characters as Java and most
 * editors do (UTF-16 code units: a Chinese character is one, an emoji two), not bytes.
 */
record TextPosition(int line, int column) {

    /** The start of the file, for problems about the whole file. */
    static final TextPosition START = new TextPosition(1, 1);
}
