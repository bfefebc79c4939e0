package com.skyorders.sweep;

import com.skyorders.auth.TokenService;
import com.skyorders.employee.LoginThrottle;
import java.time.Clock;
import java.time.LocalDateTime;
import org.jdbi.v3.core.Jdbi;
import org.quartz.DisallowConcurrentExecution;

/**
 * Daily: deletes tokens dead (expired or revoked) for more than a day, login-throttle windows long over, and sweep
 * runs older than 30 days, chunk by chunk, so no table grows with every login or every sweep forever.
 */
@DisallowConcurrentExecution
public final class PurgeExpiredRecordsJob extends SweepJob {

    public static final String NAME = "purgeExpiredRecords";

    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final int chunk;

    public PurgeExpiredRecordsJob(
            Jdbi jdbi, Clock clock, String cluster, TokenService tokens, LoginThrottle throttle, int chunk) {
        super(NAME, jdbi, clock, cluster);
        this.tokens = tokens;
        this.throttle = throttle;
        this.chunk = chunk;
    }

    @Override
    protected int sweep() {
        LocalDateTime before = now().minusDays(30);
        return untilShort(chunk, () -> tokens.purge(chunk))
                + untilShort(chunk, () -> throttle.purge(chunk))
                + untilShort(
                        chunk, () -> jdbi.withHandle(handle -> new SweepDao(handle).deleteRunsBefore(before, chunk)));
    }
}
