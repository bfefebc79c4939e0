package com.skyorders.menu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.skyorders.error.AppException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One choice per flavour, in the dish's flavour order, whatever order the mini-program's taps came in. */
class FlavorChoiceTest {

    private static final Dish FROG = dish(List.of(
            new DishFlavor(1L, 65L, "辣度", "[\"微辣\",\"中辣\",\"重辣\"]"),
            new DishFlavor(2L, 65L, "忌口", "[\"不要葱\",\"不要蒜\",\"不要香菜\"]")));
    private static final Dish RICE = dish(List.of());

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"重辣,不要葱 | 重辣,不要葱", "不要葱,重辣 | 重辣,不要葱", " 微辣 , 不要蒜 | 微辣,不要蒜"})
    void aChoiceIsWrittenInTheDishsFlavourOrder(String chosen, String stored) {
        assertEquals(stored, FlavorChoice.of(FROG, chosen));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | dishFlavor请选择口味",
                "重辣 | dishFlavor请选择忌口",
                "重辣,微辣,不要葱 | dishFlavor辣度只能选一种",
                "重辣,不要葱,加香菜 | dishFlavor不是该菜品的口味：加香菜",
                "重辣,,不要葱 | dishFlavor不是该菜品的口味："
            })
    void everyOtherChoiceIsRefusedWithItsReason(String chosen, String message) {
        assertEquals(
                message,
                assertThrows(AppException.class, () -> FlavorChoice.of(FROG, chosen))
                        .getMessage());
    }

    @Test
    void aDishWithoutFlavoursTakesNone() {
        assertNull(FlavorChoice.of(RICE, null));
        assertNull(FlavorChoice.of(RICE, " "));
        assertEquals(
                "dishFlavor该菜品没有可选口味",
                assertThrows(AppException.class, () -> FlavorChoice.of(RICE, "微辣"))
                        .getMessage());
    }

    private static Dish dish(List<DishFlavor> flavors) {
        return new Dish(65, "香锅牛蛙", 16, new BigDecimal("88.00"), null, null, 1, null, null, flavors);
    }
}
