package app.corridor.render;

import app.corridor.layout.TextStyle;
import app.corridor.model.EventKind;
import java.util.EnumMap;
import java.util.Map;

/**
 * Colours and fonts of a timeline drawing, as values. The screen builds one from its stylesheet;
 * exports pick light, dark or print.
 *
 * @param interactive false for print: no hover or selection drawn
 */
public record Theme(String name, Rgba background, Rgba gutter, Rgba laneStripe, Rgba laneLine, Rgba axisBackground,
                    Rgba axisLine, Rgba axisText, Rgba axisMajorText, Rgba gridMinor, Rgba gridMajor, Rgba text,
                    Rgba mutedText, Rgba today, Rgba selection, Rgba clusterFill, Rgba clusterText,
                    Map<EventKind, Rgba> kindColors, Map<EventKind, MarkerShape> kindShapes,
                    Map<TextStyle, FontSpec> fonts, boolean interactive) {

    public Theme {
        kindColors = Map.copyOf(kindColors);
        kindShapes = Map.copyOf(kindShapes);
        fonts = Map.copyOf(fonts);
    }

    /** Light: the default on screen. */
    public static Theme light() {
        return new Theme("light", Rgba.hex("#ffffff"), Rgba.hex("#f6f8fa"), Rgba.hex("#f6f8fa"), Rgba.hex("#d8dee4"),
                Rgba.hex("#ffffff"), Rgba.hex("#d0d7de"), Rgba.hex("#57606a"), Rgba.hex("#1f2328"),
                Rgba.hex("#eaeef2"), Rgba.hex("#d0d7de"), Rgba.hex("#1f2328"), Rgba.hex("#57606a"),
                Rgba.hex("#cf222e"), Rgba.hex("#0969da"), Rgba.hex("#57606a"), Rgba.hex("#ffffff"),
                KIND_COLORS_LIGHT, KIND_SHAPES, defaultFonts(), true);
    }

    /** Dark: the same roles on a dark background, kinds brightened to keep their contrast. */
    public static Theme dark() {
        Map<EventKind, Rgba> kinds = new EnumMap<>(EventKind.class);
        KIND_COLORS_LIGHT.forEach((k, c) -> kinds.put(k, c.mix(Rgba.hex("#ffffff"), 0.3)));
        return new Theme("dark", Rgba.hex("#0d1117"), Rgba.hex("#161b22"), Rgba.hex("#131820"), Rgba.hex("#30363d"),
                Rgba.hex("#0d1117"), Rgba.hex("#30363d"), Rgba.hex("#8d96a0"), Rgba.hex("#e6edf3"),
                Rgba.hex("#1c2128"), Rgba.hex("#30363d"), Rgba.hex("#e6edf3"), Rgba.hex("#8d96a0"),
                Rgba.hex("#ff7b72"), Rgba.hex("#4493f8"), Rgba.hex("#8d96a0"), Rgba.hex("#0d1117"),
                kinds, KIND_SHAPES, defaultFonts(), true);
    }

    /** Print: white paper, grey structure, no hover or selection. */
    public static Theme print() {
        Theme light = light();
        return new Theme("print", Rgba.hex("#ffffff"), Rgba.hex("#ffffff"), Rgba.hex("#f7f7f7"), Rgba.hex("#cccccc"),
                Rgba.hex("#ffffff"), Rgba.hex("#999999"), Rgba.hex("#444444"), Rgba.hex("#000000"),
                Rgba.hex("#eeeeee"), Rgba.hex("#cccccc"), Rgba.hex("#000000"), Rgba.hex("#444444"),
                Rgba.hex("#b00020"), light.selection(), Rgba.hex("#444444"), Rgba.hex("#ffffff"),
                KIND_COLORS_LIGHT, KIND_SHAPES, defaultFonts(), false);
    }

    /** The theme named {@code name} ("light", "dark", "print"). */
    public static Theme named(String name) {
        return switch (name) {
            case "light" -> light();
            case "dark" -> dark();
            case "print" -> print();
            default -> throw new IllegalArgumentException("unknown theme \"" + name + "\" (light, dark, print)");
        };
    }

    public Rgba color(EventKind kind) {
        return kindColors.get(kind);
    }

    public MarkerShape shape(EventKind kind) {
        return kindShapes.get(kind);
    }

    public FontSpec font(TextStyle style) {
        return fonts.get(style);
    }

    /** This theme with other base colours (from a stylesheet); kinds, shapes and fonts stay. */
    public Theme withColors(Rgba newBackground, Rgba newText, Rgba newMutedText, Rgba newGrid, Rgba newSelection,
                            Rgba newToday, Rgba newStripe) {
        return new Theme(name, newBackground, gutter, newStripe, laneLine, newBackground, axisLine, newMutedText,
                newText, newGrid, gridMajor, newText, newMutedText, newToday, newSelection, clusterFill, clusterText,
                kindColors, kindShapes, fonts, interactive);
    }

    /** This theme with other colours for the kinds (from a stylesheet's tokens); shapes and fonts stay. */
    public Theme withKindColors(Map<EventKind, Rgba> colors) {
        Map<EventKind, Rgba> merged = new EnumMap<>(kindColors);
        merged.putAll(colors);
        return new Theme(name, background, gutter, laneStripe, laneLine, axisBackground, axisLine, axisText,
                axisMajorText, gridMinor, gridMajor, text, mutedText, today, selection, clusterFill, clusterText,
                merged, kindShapes, fonts, interactive);
    }

    /** This theme with label text {@code size} pixels high (axis and lane text follow in proportion). */
    public Theme withFontSize(double size) {
        Map<TextStyle, FontSpec> scaled = new EnumMap<>(TextStyle.class);
        double factor = size / fonts.get(TextStyle.LABEL).size();
        fonts.forEach((s, f) -> scaled.put(s, new FontSpec(f.family(), f.size() * factor, f.bold())));
        return new Theme(name, background, gutter, laneStripe, laneLine, axisBackground, axisLine, axisText,
                axisMajorText, gridMinor, gridMajor, text, mutedText, today, selection, clusterFill, clusterText,
                kindColors, kindShapes, scaled, interactive);
    }

    private static Map<TextStyle, FontSpec> defaultFonts() {
        Map<TextStyle, FontSpec> f = new EnumMap<>(TextStyle.class);
        f.put(TextStyle.LABEL, new FontSpec(FontSpec.BUNDLED_FAMILY, 12, false));
        f.put(TextStyle.AXIS_MINOR, new FontSpec(FontSpec.BUNDLED_FAMILY, 11, false));
        f.put(TextStyle.AXIS_MAJOR, new FontSpec(FontSpec.BUNDLED_FAMILY, 12, true));
        f.put(TextStyle.LANE, new FontSpec(FontSpec.BUNDLED_FAMILY, 12, true));
        f.put(TextStyle.CLUSTER, new FontSpec(FontSpec.BUNDLED_FAMILY, 11, true));
        f.put(TextStyle.HEADING, new FontSpec(FontSpec.BUNDLED_FAMILY, 18, true));
        return f;
    }

    /** Okabe–Ito and Tol colours: distinguishable for the common colour-vision deficiencies. */
    private static final Map<EventKind, Rgba> KIND_COLORS_LIGHT = Map.ofEntries(
            Map.entry(EventKind.STATE_VISIT, Rgba.hex("#0072b2")),
            Map.entry(EventKind.OFFICIAL_VISIT, Rgba.hex("#3a9ad9")),
            Map.entry(EventKind.MEETING, Rgba.hex("#009e73")),
            Map.entry(EventKind.PARTY_CONFERENCE, Rgba.hex("#d55e00")),
            Map.entry(EventKind.PARTY_PLENUM, Rgba.hex("#aa3377")),
            Map.entry(EventKind.SUMMIT, Rgba.hex("#e69f00")),
            Map.entry(EventKind.CALL, Rgba.hex("#6f5ba7")),
            Map.entry(EventKind.LETTER, Rgba.hex("#cc79a7")),
            Map.entry(EventKind.SPEECH, Rgba.hex("#7a6a53")),
            Map.entry(EventKind.ELECTION, Rgba.hex("#44aa99")),
            Map.entry(EventKind.DIPLOMATIC_MILESTONE, Rgba.hex("#332288")),
            Map.entry(EventKind.ANNIVERSARY, Rgba.hex("#999933")),
            Map.entry(EventKind.PROJECT_MILESTONE, Rgba.hex("#117733")));

    private static final Map<EventKind, MarkerShape> KIND_SHAPES = Map.ofEntries(
            Map.entry(EventKind.STATE_VISIT, MarkerShape.CIRCLE),
            Map.entry(EventKind.OFFICIAL_VISIT, MarkerShape.DIAMOND),
            Map.entry(EventKind.MEETING, MarkerShape.SQUARE),
            Map.entry(EventKind.PARTY_CONFERENCE, MarkerShape.TRIANGLE_UP),
            Map.entry(EventKind.PARTY_PLENUM, MarkerShape.STAR),
            Map.entry(EventKind.SUMMIT, MarkerShape.HEXAGON),
            Map.entry(EventKind.CALL, MarkerShape.TRIANGLE_DOWN),
            Map.entry(EventKind.LETTER, MarkerShape.TRIANGLE_RIGHT),
            Map.entry(EventKind.SPEECH, MarkerShape.PENTAGON),
            Map.entry(EventKind.ELECTION, MarkerShape.PLUS),
            Map.entry(EventKind.DIPLOMATIC_MILESTONE, MarkerShape.TRIANGLE_LEFT),
            Map.entry(EventKind.ANNIVERSARY, MarkerShape.OCTAGON),
            Map.entry(EventKind.PROJECT_MILESTONE, MarkerShape.CROSS));
}
