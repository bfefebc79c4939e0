package com.skyorders.sweep;

import com.skyorders.auth.TokenService;
import com.skyorders.employee.LoginThrottle;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/**
 * Daily: deletes tokens dead (expired or revoked) for more than a day, login-throttle windows long over, and sweep
 * runs older than 30 days, chunk by chunk, so no table grows with every login or every sweep forever.
 */
@DisallowConcurrentExecution
public final class PurgeExpiredLoginsJob extends SweepJob {

    public static final String NAME = "purgeExpiredLogins";

    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final int chunk;

    public PurgeExpiredLoginsJob(Jdbi jdbi, Clock clock, String cluster, TokenService tokens, LoginThrottle throttle,
                                 int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.tokens = tokens;
        this.throttle = throttle;
        this.chunk = chunk;
    }

    @Override
    protected int sweep() {
        int deleted = 0;
        int last;
        do {
            last = tokens.purge(chunk);
            deleted += last;
        } while (last == chunk);
        do {
            last = throttle.purge(chunk);
            deleted += last;
        } while (last == chunk);
        java.time.LocalDateTime before = now().minusDays(30);
        do {
            last = jdbi.withExtension(SweepDao.class, dao -> dao.deleteRunsBefore(before, chunk));
            deleted += last;
        } while (last == chunk);
        return deleted;
    }
}
