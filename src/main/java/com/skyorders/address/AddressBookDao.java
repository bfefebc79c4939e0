package com.skyorders.address;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Every query is scoped by user_id: another customer's address simply does not exist. */
@RegisterConstructorMapper(AddressBook.class)
public interface AddressBookDao {

    String COLUMNS = "SELECT id, user_id, consignee, sex, phone, province_code, province_name, city_code, "
            + "city_name, district_code, district_name, detail, label, is_default FROM address_book ";

    @SqlUpdate("INSERT INTO address_book (user_id, consignee, sex, phone, province_code, province_name, city_code, "
            + "city_name, district_code, district_name, detail, label, is_default) VALUES (:userId, :a.consignee, "
            + ":a.sex, :a.phone, :a.provinceCode, :a.provinceName, :a.cityCode, :a.cityName, :a.districtCode, "
            + ":a.districtName, :a.detail, :a.label, 0)")
    @GetGeneratedKeys("id")
    long insert(@Bind("userId") long userId, @BindMethods("a") NewAddress address);

    @SqlQuery("SELECT COUNT(*) FROM address_book WHERE user_id = :userId")
    int count(@Bind("userId") long userId);

    @SqlQuery(COLUMNS + "WHERE user_id = :userId ORDER BY is_default DESC, id DESC")
    List<AddressBook> list(@Bind("userId") long userId);

    @SqlQuery(COLUMNS + "WHERE id = :id AND user_id = :userId")
    Optional<AddressBook> find(@Bind("userId") long userId, @Bind("id") long id);

    @SqlQuery(COLUMNS + "WHERE user_id = :userId AND is_default = 1 LIMIT 1")
    Optional<AddressBook> findDefault(@Bind("userId") long userId);

    /** Makes {@code id} the only default in one statement, so no moment shows two defaults or none. */
    @SqlUpdate("UPDATE address_book SET is_default = (id = :id) WHERE user_id = :userId")
    int setDefault(@Bind("userId") long userId, @Bind("id") long id);
}
