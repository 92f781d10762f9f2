package app.corridor.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A streaming PNG encoder (8-bit RGB, non-interlaced): rows go in as they are drawn and leave
 * compressed at once, so an image of any height needs memory for two rows only, not for the
 * whole picture. {@code javax.imageio} cannot do that: it wants the whole image at once.
 *
 * <p>Each row is filtered with the PNG filter (None, Sub, Up, Average or Paeth) that gives the
 * smallest sum of absolute differences, the heuristic the PNG specification recommends.
 */
final class PngEncoder {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final int IDAT_SIZE = 1 << 16;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final Deflater deflater;
    private final byte[] idat = new byte[IDAT_SIZE];
    private byte[] previous;
    private byte[] current;
    private final byte[][] candidates = new byte[5][];
    private int rowsWritten;

    /**
     * Writes the signature and header chunks.
     *
     * @param dotsPerInch written as the pHYs chunk (96 per CSS pixel times the scale), or 0 for none
     * @param title       written as an iTXt "Title" chunk (UTF-8), or null
     * @param software    written as a tEXt "Software" chunk, or null
     */
    PngEncoder(OutputStream out, int width, int height, int compressionLevel, double dotsPerInch, String title,
               String software) throws IOException {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("bad PNG size " + width + "x" + height);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.deflater = new Deflater(compressionLevel);
        int rowBytes = Math.multiplyExact(width, 3);
        previous = new byte[rowBytes];
        current = new byte[rowBytes];
        for (int f = 0; f < candidates.length; f++) {
            candidates[f] = new byte[rowBytes + 1];
            candidates[f][0] = (byte) f;
        }
        out.write(SIGNATURE);
        byte[] ihdr = new byte[13];
        putInt(ihdr, 0, width);
        putInt(ihdr, 4, height);
        ihdr[8] = 8; // bit depth
        ihdr[9] = 2; // colour type: RGB
        chunk("IHDR", ihdr, ihdr.length);
        if (dotsPerInch > 0) {
            byte[] phys = new byte[9];
            int perMetre = (int) Math.round(dotsPerInch / 0.0254);
            putInt(phys, 0, perMetre);
            putInt(phys, 4, perMetre);
            phys[8] = 1; // unit: metre
            chunk("pHYs", phys, phys.length);
        }
        if (title != null) {
            byte[] text = concat(bytes("Title", StandardCharsets.ISO_8859_1), new byte[] {0, 0, 0, 0, 0},
                    bytes(title, StandardCharsets.UTF_8));
            chunk("iTXt", text, text.length);
        }
        if (software != null) {
            byte[] text = concat(bytes("Software", StandardCharsets.ISO_8859_1), new byte[] {0},
                    bytes(software, StandardCharsets.ISO_8859_1));
            chunk("tEXt", text, text.length);
        }
    }

    /**
     * Encodes {@code rows} rows of packed RGB pixels ({@code 0x00rrggbb}, as a
     * {@code TYPE_INT_RGB} image holds them) starting at {@code offset}, {@code stride} ints apart.
     */
    void writeRows(int[] pixels, int offset, int rows, int stride) throws IOException {
        if (rowsWritten + rows > height) {
            throw new IllegalStateException("more rows than the image holds: " + (rowsWritten + rows) + " > " + height);
        }
        for (int r = 0; r < rows; r++) {
            int p = offset + r * stride;
            byte[] row = current;
            for (int x = 0, i = 0; x < width; x++) {
                int rgb = pixels[p + x];
                row[i++] = (byte) (rgb >> 16);
                row[i++] = (byte) (rgb >> 8);
                row[i++] = (byte) rgb;
            }
            byte[] best = filter(row, rowsWritten == 0 ? null : previous);
            deflater.setInput(best, 0, best.length);
            drain(false);
            current = previous;
            previous = row;
            rowsWritten++;
        }
    }

    /** Ends the image: flushes the compressed data and writes IEND. Does not close the stream. */
    void finish() throws IOException {
        if (rowsWritten != height) {
            throw new IllegalStateException("only " + rowsWritten + " of " + height + " rows written");
        }
        deflater.finish();
        drain(true);
        deflater.end();
        chunk("IEND", new byte[0], 0);
        out.flush();
    }

    /** Releases the compressor when the image is abandoned. */
    void abandon() {
        deflater.end();
    }

    private byte[] filter(byte[] row, byte[] up) {
        int n = row.length;
        if (up == null) {
            // The first row has nothing above: Up, Average and Paeth reduce to None or Sub.
            byte[] sub = candidates[1];
            for (int i = 0; i < n; i++) {
                sub[i + 1] = (byte) (row[i] - (i >= 3 ? row[i - 3] : 0));
            }
            return sub;
        }
        if (java.util.Arrays.equals(row, up)) {
            // Common in a timeline (lane backgrounds, blank margins): Up gives all zeros.
            java.util.Arrays.fill(candidates[2], 1, n + 1, (byte) 0);
            return candidates[2];
        }
        byte[] none = candidates[0];
        byte[] sub = candidates[1];
        byte[] upF = candidates[2];
        byte[] avg = candidates[3];
        byte[] paeth = candidates[4];
        long c0 = 0;
        long c1 = 0;
        long c2 = 0;
        long c3 = 0;
        long c4 = 0;
        for (int i = 0; i < n; i++) {
            int x = row[i] & 0xff;
            int b = up[i] & 0xff;
            int a;
            int c;
            if (i >= 3) {
                a = row[i - 3] & 0xff;
                c = up[i - 3] & 0xff;
            } else {
                a = 0;
                c = 0;
            }
            // Paeth predictor, in the form with the distances computed from the differences.
            int pa = Math.abs(b - c);
            int pb = Math.abs(a - c);
            int pc = Math.abs(a + b - 2 * c);
            int predicted = pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
            byte v0 = (byte) x;
            byte v1 = (byte) (x - a);
            byte v2 = (byte) (x - b);
            byte v3 = (byte) (x - ((a + b) >>> 1));
            byte v4 = (byte) (x - predicted);
            none[i + 1] = v0;
            sub[i + 1] = v1;
            upF[i + 1] = v2;
            avg[i + 1] = v3;
            paeth[i + 1] = v4;
            c0 += Math.abs(v0);
            c1 += Math.abs(v1);
            c2 += Math.abs(v2);
            c3 += Math.abs(v3);
            c4 += Math.abs(v4);
        }
        long[] cost = {c0, c1, c2, c3, c4};
        int best = 0;
        for (int f = 1; f < 5; f++) {
            if (cost[f] < cost[best]) {
                best = f;
            }
        }
        return candidates[best];
    }

    private void drain(boolean finishing) throws IOException {
        while (finishing ? !deflater.finished() : !deflater.needsInput()) {
            int n = deflater.deflate(idat, 0, idat.length);
            if (n > 0) {
                chunk("IDAT", idat, n);
            }
        }
    }

    private void chunk(String type, byte[] data, int length) throws IOException {
        byte[] head = new byte[8];
        putInt(head, 0, length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(typeBytes, 0, head, 4, 4);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data, 0, length);
        out.write(head);
        out.write(data, 0, length);
        byte[] tail = new byte[4];
        putInt(tail, 0, (int) crc.getValue());
        out.write(tail);
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static byte[] bytes(String s, java.nio.charset.Charset cs) {
        return s.getBytes(cs);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
