package app.corridor.ui;

import app.corridor.i18n.BidiText;
import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Text wrapped onto as many lines as its width needs, broken into lines here rather than by JavaFX:
 * JavaFX 21 wraps right-to-left text wrongly (on Linux it puts the end of an Urdu sentence on the
 * first line and cuts its start off), while it draws a single right-to-left line right. Each line is
 * a Label of its own, broken at the places Unicode allows a line break (ICU's line break rules),
 * with the style classes given, so it looks as a wrapped Label would.
 *
 * <p>Use {@link #of} for a text that may be in any language: left-to-right text gets an ordinary
 * wrapping Label.
 */
final class Paragraph extends Region {

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final String[] styleClasses;
    private final List<Label> lines = new ArrayList<>();
    private final Text probe = new Text();

    Paragraph(String text, String... styleClasses) {
        this.styleClasses = styleClasses.clone();
        getStyleClass().add("paragraph");
        this.text.addListener((o, a, b) -> requestLayout());
        setText(text);
        setMinWidth(0);
        setMaxWidth(Double.MAX_VALUE);
    }

    /**
     * A wrapping Label for {@code text}, or a Paragraph when the window reads right to left:
     * what every label of running text in the window is made with.
     */
    static Region of(String text, boolean rightToLeft, String... styleClasses) {
        if (rightToLeft) {
            return new Paragraph(text, styleClasses);
        }
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styleClasses);
        return label;
    }

    StringProperty textProperty() {
        return text;
    }

    /** The text property of what {@link #of} made: a Label's or a Paragraph's. */
    static StringProperty textOf(Region made) {
        return made instanceof Paragraph p ? p.textProperty() : ((Label) made).textProperty();
    }

    String getText() {
        return text.get();
    }

    void setText(String value) {
        text.set(value == null ? "" : BidiText.withoutIsolates(value));
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets in = getInsets();
        return in.getLeft() + in.getRight() + Math.ceil(width(getText()));
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets in = getInsets();
        double w = width < 0 ? computePrefWidth(-1) : width;
        int n = Math.max(1, split(w - in.getLeft() - in.getRight()).size());
        return in.getTop() + in.getBottom() + n * lineHeight();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double w = Math.max(0, getWidth() - in.getLeft() - in.getRight());
        List<String> parts = split(w);
        while (lines.size() < parts.size()) {
            Label line = new Label();
            line.getStyleClass().addAll(styleClasses);
            line.setMinWidth(0);
            lines.add(line);
            getChildren().add(line);
        }
        while (lines.size() > parts.size()) {
            getChildren().remove(lines.remove(lines.size() - 1));
        }
        double y = in.getTop();
        double h = lineHeight();
        for (int i = 0; i < parts.size(); i++) {
            Label line = lines.get(i);
            line.setText(parts.get(i));
            line.resizeRelocate(in.getLeft(), y, w, h);
            y += h;
        }
    }

    /** The text in lines no wider than {@code width}, broken where Unicode allows (a word too long stays whole). */
    List<String> split(double width) {
        String all = getText();
        List<String> out = new ArrayList<>();
        for (String paragraph : all.split("\n", -1)) {
            if (width <= 0 || width(paragraph) <= width) {
                out.add(paragraph);
                continue;
            }
            BreakIterator breaks = BreakIterator.getLineInstance();
            breaks.setText(paragraph);
            int start = 0;
            int fits = -1;
            for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
                if (width(paragraph.substring(start, end).stripTrailing()) <= width) {
                    fits = end;
                    continue;
                }
                int cut = fits > start ? fits : end;
                out.add(paragraph.substring(start, cut).stripTrailing());
                start = cut;
                fits = end > cut && width(paragraph.substring(start, end).stripTrailing()) <= width ? end : -1;
            }
            if (start < paragraph.length()) {
                out.add(paragraph.substring(start).stripTrailing());
            }
        }
        return out;
    }

    private double width(String s) {
        probe.setFont(font());
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    private double lineHeight() {
        probe.setFont(font());
        probe.setText("Hgہ");
        return Math.ceil(probe.getLayoutBounds().getHeight()) + 2;
    }

    /** The lines' font as their style gives it (a first line is styled to find out). */
    private javafx.scene.text.Font font() {
        if (lines.isEmpty()) {
            Label line = new Label();
            line.getStyleClass().addAll(styleClasses);
            line.setMinWidth(0);
            lines.add(line);
            getChildren().add(line);
        }
        Label first = lines.get(0);
        if (getScene() != null) {
            first.applyCss();
        }
        return first.getFont();
    }
}
