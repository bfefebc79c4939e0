package com.skyorders.console;

import com.skyorders.order.OrderStatus.Transition;
import java.util.stream.Collectors;

/**
 * The order buttons the console shows, each the staff transition it applies. Which orders show a button comes from
 * the transition's start statuses, so the console can never offer a move the server refuses.
 * Getters, not record accessors: JSP EL (5.0) reads beans.
 */
public enum ConsoleAction {
    CONFIRM("confirm", Transition.CONFIRM, false),
    REJECT("reject", Transition.REJECT, false),
    DISPATCH("dispatch", Transition.DISPATCH, false),
    COMPLETE("complete", Transition.COMPLETE, false),
    CANCEL("cancel", Transition.CANCEL_BY_SHOP, true);

    private final String name;
    private final Transition transition;
    private final boolean secondary;

    ConsoleAction(String name, Transition transition, boolean secondary) {
        this.name = name;
        this.transition = transition;
        this.secondary = secondary;
    }

    /** The path segment of {@code /console/api/orders/{id}/<name>} and the script's {@code data-act}. */
    public String getName() {
        return name;
    }

    public String getLabelKey() {
        return "action." + name;
    }

    /** The order statuses that show this button, space-separated: the script's {@code data-for}. */
    public String getShownFor() {
        return transition.fromCodes().stream().map(String::valueOf).collect(Collectors.joining(" "));
    }

    public boolean isSecondary() {
        return secondary;
    }

    public Transition transition() {
        return transition;
    }
}
