package com.skyorders.cart;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(CartItem.class)
public interface CartDao {

    String COLUMNS = "SELECT id, name, image, user_id, dish_id, setmeal_id, dish_flavor, number, amount, create_time "
            + "FROM shopping_cart ";

    @SqlQuery(COLUMNS + "WHERE user_id = :userId ORDER BY create_time, id")
    List<CartItem> list(@Bind("userId") long userId);

    @SqlQuery(COLUMNS + "WHERE user_id = :userId AND dish_id = :dishId AND dish_flavor <=> :flavor")
    Optional<CartItem> findLine(
            @Bind("userId") long userId, @Bind("dishId") long dishId, @Bind("flavor") String flavor);

    @SqlQuery("SELECT COUNT(*) FROM shopping_cart WHERE user_id = :userId")
    int countLines(@Bind("userId") long userId);

    @SqlUpdate("INSERT INTO shopping_cart (name, image, user_id, dish_id, dish_flavor, number, amount, create_time) "
            + "VALUES (:name, :image, :userId, :dishId, :flavor, :number, :price, :now)")
    void insert(
            @Bind("userId") long userId,
            @Bind("dishId") long dishId,
            @Bind("flavor") String flavor,
            @Bind("name") String name,
            @Bind("image") String image,
            @Bind("price") BigDecimal price,
            @Bind("number") int number,
            @Bind("now") LocalDateTime now);

    @SqlUpdate("UPDATE shopping_cart SET number = number + :delta WHERE id = :id")
    void changeNumber(@Bind("id") long id, @Bind("delta") int delta);

    @SqlUpdate("DELETE FROM shopping_cart WHERE id = :id")
    void delete(@Bind("id") long id);

    @SqlUpdate("DELETE FROM shopping_cart WHERE user_id = :userId")
    int clean(@Bind("userId") long userId);
}
