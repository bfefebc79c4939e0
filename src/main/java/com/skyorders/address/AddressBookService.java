package com.skyorders.address;

import com.skyorders.error.AppException;
import com.skyorders.user.UserDao;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** A customer's own address book; every call is scoped to the caller, so others' addresses are "not found". */
public final class AddressBookService {

    public static final String NOT_FOUND = "地址不存在";
    /** Addresses one customer may keep. */
    public static final int MAX_ADDRESSES = 50;

    private final Jdbi jdbi;

    public AddressBookService(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Under the customer's row lock, so parallel adds cannot overshoot the limit. */
    public AddressBook add(long userId, NewAddress address) {
        address.validate();
        long id = jdbi.inTransaction(handle -> {
            new UserDao(handle).lock(userId);
            AddressBookDao dao = new AddressBookDao(handle);
            if (dao.count(userId) >= MAX_ADDRESSES) {
                throw AppException.conflict("最多保存" + MAX_ADDRESSES + "个地址");
            }
            return dao.insert(userId, address);
        });
        return get(userId, id);
    }

    public List<AddressBook> list(long userId) {
        return jdbi.withHandle(handle -> new AddressBookDao(handle).list(userId));
    }

    public AddressBook get(long userId, long id) {
        return jdbi.withHandle(handle -> new AddressBookDao(handle).find(userId, id))
                .orElseThrow(() -> AppException.notFound(NOT_FOUND));
    }

    public AddressBook getDefault(long userId) {
        return jdbi.withHandle(handle -> new AddressBookDao(handle).findDefault(userId))
                .orElseThrow(() -> AppException.notFound("没有查询到默认地址"));
    }

    /** Edits the customer's own address; someone else's is "not found", as for a read. */
    public AddressBook update(long userId, long id, NewAddress address) {
        address.validate();
        if (jdbi.withHandle(handle -> new AddressBookDao(handle).update(userId, id, address)) == 0) {
            throw AppException.notFound(NOT_FOUND);
        }
        return get(userId, id);
    }

    /** Deletes the customer's own address; if it was the default, none is default afterwards (as the tutorial). */
    public void delete(long userId, long id) {
        if (jdbi.withHandle(handle -> new AddressBookDao(handle).delete(userId, id)) == 0) {
            throw AppException.notFound(NOT_FOUND);
        }
    }

    public void setDefault(long userId, long id) {
        jdbi.useTransaction(handle -> {
            AddressBookDao dao = new AddressBookDao(handle);
            dao.find(userId, id).orElseThrow(() -> AppException.notFound(NOT_FOUND));
            dao.setDefault(userId, id);
        });
    }
}
