package app.corridor.render;

import java.util.Locale;

/** A colour as plain values, so the painter and its surfaces need no UI toolkit. */
public record Rgba(int red, int green, int blue, double alpha) {

    public Rgba {
        if (red < 0 || red > 255 || green < 0 || green > 255 || blue < 0 || blue > 255 || alpha < 0 || alpha > 1) {
            throw new IllegalArgumentException("bad colour " + red + "," + green + "," + blue + "," + alpha);
        }
    }

    /** Parses {@code #rrggbb}. */
    public static Rgba hex(String hex) {
        if (!hex.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("not a #rrggbb colour: " + hex);
        }
        int v = Integer.parseInt(hex.substring(1), 16);
        return new Rgba((v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff, 1);
    }

    public Rgba withAlpha(double newAlpha) {
        return new Rgba(red, green, blue, newAlpha);
    }

    /** {@code #rrggbb}, without alpha. */
    public String toHex() {
        return String.format(Locale.ROOT, "#%02x%02x%02x", red, green, blue);
    }

    /** Blends toward {@code other} by {@code t} (0 = this, 1 = other). */
    public Rgba mix(Rgba other, double t) {
        return new Rgba((int) Math.round(red + (other.red - red) * t), (int) Math.round(green + (other.green - green) * t),
                (int) Math.round(blue + (other.blue - blue) * t), alpha + (other.alpha - alpha) * t);
    }
}
