package app.corridor.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Marker outlines: the same shape at every centre and size, and each caller's own to change. */
class MarkerShapeTest {

    @Test
    void aCircleIsTwentyVerticesAtItsRadiusAroundItsCentre() {
        double[][] p = MarkerShape.CIRCLE.polygon(100, 50, 5.5);
        assertEquals(20, p[0].length);
        for (int i = 0; i < p[0].length; i++) {
            assertEquals(5.5, Math.hypot(p[0][i] - 100, p[1][i] - 50), 1e-9, "vertex " + i);
        }
        assertEquals(105.5, p[0][0], 1e-9, "the first vertex lies right of the centre");
    }

    @Test
    void aDiamondPointsUpAndASquareSitsFlat() {
        double[][] diamond = MarkerShape.DIAMOND.polygon(0, 0, 10);
        assertEquals(0, diamond[0][0], 1e-9);
        assertEquals(-12, diamond[1][0], 1e-9, "the top vertex, 1.2 times the radius up");
        double[][] square = MarkerShape.SQUARE.polygon(0, 0, 10);
        double half = 12 / Math.sqrt(2);
        for (int i = 0; i < 4; i++) {
            assertEquals(half, Math.abs(square[0][i]), 1e-9);
            assertEquals(half, Math.abs(square[1][i]), 1e-9);
        }
    }

    @Test
    void everyShapeIsTheSameAtAnyCentreAndSize() {
        for (MarkerShape shape : MarkerShape.values()) {
            double[][] unit = shape.polygon(0, 0, 1);
            double[][] moved = shape.polygon(-30, 7, 4);
            assertEquals(unit[0].length, moved[0].length, shape.name());
            for (int i = 0; i < unit[0].length; i++) {
                assertEquals(-30 + 4 * unit[0][i], moved[0][i], 1e-9, shape + " vertex " + i);
                assertEquals(7 + 4 * unit[1][i], moved[1][i], 1e-9, shape + " vertex " + i);
            }
        }
    }

    @Test
    void changingAnOutlineLeavesTheNextAlone() {
        double[][] first = MarkerShape.STAR.polygon(0, 0, 1);
        double[][] expected = {first[0].clone(), first[1].clone()};
        first[0][0] = 999;
        first[1][3] = -999;
        double[][] next = MarkerShape.STAR.polygon(0, 0, 1);
        assertArrayEquals(expected[0], next[0]);
        assertArrayEquals(expected[1], next[1]);
    }
}
