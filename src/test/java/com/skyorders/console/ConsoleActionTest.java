package com.skyorders.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.skyorders.order.OrderStatus.Transition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The console's buttons show exactly where their transition may start (what _actions.jspf prints as data-for). */
class ConsoleActionTest {

    @ParameterizedTest
    @CsvSource({"CONFIRM, 2", "REJECT, 2", "DISPATCH, 3", "COMPLETE, 4", "CANCEL, 1 2 3 4"})
    void eachButtonIsShownForTheStartStatusesOfItsTransition(ConsoleAction action, String shownFor) {
        assertEquals(shownFor, action.getShownFor());
        assertEquals(
                String.join(
                        " ",
                        action.transition().fromCodes().stream()
                                .map(String::valueOf)
                                .toList()),
                action.getShownFor());
    }

    @org.junit.jupiter.api.Test
    void onlyStaffTransitionsAreButtons() {
        for (ConsoleAction action : ConsoleAction.values()) {
            Transition t = action.transition();
            assertEquals(
                    false,
                    t == Transition.PAY || t == Transition.EXPIRE || t == Transition.CANCEL_BY_CUSTOMER,
                    action + " must be a staff move");
        }
    }
}
