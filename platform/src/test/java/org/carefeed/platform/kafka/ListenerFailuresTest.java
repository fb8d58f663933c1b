package org.carefeed.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoTimeoutException;
import org.carefeed.events.EventDecodingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class ListenerFailuresTest {

    @Test
    void anUnreachableDatabaseIsAnOutageHoweverDeeplyWrapped() {
        Throwable wrapped = new ListenerExecutionFailedException("listener failed",
                new DataAccessResourceFailureException("timed out", new MongoTimeoutException("no server")));

        assertThat(ListenerFailures.isInfrastructureOutage(wrapped)).isTrue();
        assertThat(ListenerFailures.isInfrastructureOutage(new MongoTimeoutException("no server"))).isTrue();
    }

    @Test
    void aRecordAtFaultIsNoOutage() {
        assertThat(ListenerFailures.isInfrastructureOutage(new ListenerExecutionFailedException("listener failed",
                new EventDecodingException("bad json")))).isFalse();
        assertThat(ListenerFailures.isInfrastructureOutage(new IllegalStateException("bug"))).isFalse();
    }
}
