package org.carefeed.platform.kafka;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;

/** Tells a failure of our own infrastructure, which passes, from a failure of the record itself. */
public final class ListenerFailures {

    private ListenerFailures() {
    }

    /**
     * True when the database could not be reached, or Kafka did not take a record the listener sends on
     * (a retriable Kafka error). Such a record is not at fault: it must wait for them, never go to the
     * dead-letter topic, or the read model would lose it for good.
     */
    public static boolean isInfrastructureOutage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof TransientDataAccessException
                    || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException
                    || cause instanceof RetriableException) {
                return true;
            }
        }
        return false;
    }
}
