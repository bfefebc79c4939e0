package com.skyorders.menu;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The dish_flavor rows, on one handle: a dish's flavours are replaced as a whole on every edit, as the tutorial does. */
final class FlavorDao {

    private static final RowMapper<DishFlavor> FLAVOR = (rs, ctx) ->
            new DishFlavor(rs.getLong("id"), rs.getLong("dish_id"), rs.getString("name"), rs.getString("value"));

    private final Handle handle;

    FlavorDao(Handle handle) {
        this.handle = handle;
    }

    /** The flavours of these dishes, by dish id, each dish's in the order they were saved. */
    Map<Long, List<DishFlavor>> of(Collection<Long> dishIds) {
        if (dishIds.isEmpty()) {
            return Map.of();
        }
        return handle
                .createQuery("SELECT id, dish_id, name, value FROM dish_flavor WHERE dish_id IN (<ids>) ORDER BY id")
                .bindList("ids", List.copyOf(dishIds))
                .map(FLAVOR)
                .stream()
                .collect(Collectors.groupingBy(DishFlavor::dishId));
    }

    void replace(long dishId, List<DishFlavor> flavors) {
        delete(List.of(dishId));
        if (flavors.isEmpty()) {
            return;
        }
        var batch =
                handle.prepareBatch("INSERT INTO dish_flavor (dish_id, name, value) VALUES (:dishId, :name, :value)");
        for (DishFlavor flavor : flavors) {
            batch.bind("dishId", dishId)
                    .bind("name", flavor.name())
                    .bind("value", flavor.value())
                    .add();
        }
        batch.execute();
    }

    void delete(Collection<Long> dishIds) {
        handle.createUpdate("DELETE FROM dish_flavor WHERE dish_id IN (<ids>)")
                .bindList("ids", List.copyOf(dishIds))
                .execute();
    }
}
