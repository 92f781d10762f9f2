package app.corridor.render;

/** A font as values: the bundled family ("DejaVu Sans"), a size in pixels, bold or not. */
public record FontSpec(String family, double size, boolean bold) {

    /** The family bundled with Corridor, so the screen and every export measure text alike. */
    public static final String BUNDLED_FAMILY = "DejaVu Sans";

    /** Class-path resource of the bundled regular or bold face. */
    public String resource() {
        return "/app/corridor/render/fonts/" + (bold ? "DejaVuSans-Bold.ttf" : "DejaVuSans.ttf");
    }
}
