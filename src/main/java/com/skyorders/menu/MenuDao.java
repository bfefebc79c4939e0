package com.skyorders.menu;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

public interface MenuDao {

    @SqlQuery("SELECT id, type, name, sort, status, create_time, update_time FROM category "
            + "WHERE status = 1 AND (:type IS NULL OR type = :type) ORDER BY sort, create_time DESC")
    @RegisterConstructorMapper(Category.class)
    List<Category> categories(@Bind("type") Integer type);

    String DISH_COLUMNS = "SELECT d.id, d.name, d.category_id, d.price, d.image, d.description, d.status, "
            + "d.update_time, c.name AS category_name FROM dish d "
            + "LEFT JOIN category c ON c.id = d.category_id ";

    @SqlQuery(DISH_COLUMNS + "WHERE d.category_id = :categoryId AND d.status = 1 ORDER BY d.id")
    @RegisterConstructorMapper(Dish.class)
    List<Dish> dishesOnSale(@Bind("categoryId") long categoryId);

    @SqlQuery(DISH_COLUMNS + "WHERE d.id = :id")
    @RegisterConstructorMapper(Dish.class)
    Optional<Dish> dish(@Bind("id") long id);
}
