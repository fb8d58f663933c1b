package org.carefeed.testsupport;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonValue;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every command the service's MongoDB client sends while a test records, with the collection it is
 * about and the thread that sent it (the sync driver calls listeners on the sending thread), so a test
 * can say what one HTTP request read: {@code MongoCommands.record()}, the request, {@code stop()}.
 * Registered by {@link IntegrationTest}, so the shared context stays one.
 */
public final class MongoCommands implements CommandListener {

    static final MongoCommands INSTANCE = new MongoCommands();

    private volatile Queue<Command> recording;

    private MongoCommands() {
    }

    /**
     * @param name       such as {@code find}, {@code update}
     * @param collection the collection it is about, or null for one about none
     * @param thread     the name of the thread that sent it ({@code http-nio-...} for a web request)
     */
    public record Command(String name, String collection, String thread) {

        public boolean fromWebRequest() {
            return thread.startsWith("http-nio");
        }
    }

    /** Starts recording, dropping what an earlier recording kept. */
    public static void record() {
        INSTANCE.recording = new ConcurrentLinkedQueue<>();
    }

    /** Stops recording and gives what was sent since {@link #record()}. */
    public static List<Command> stop() {
        Queue<Command> recorded = INSTANCE.recording;
        INSTANCE.recording = null;
        return recorded == null ? List.of() : List.copyOf(recorded);
    }

    @Override
    public void commandStarted(CommandStartedEvent event) {
        Queue<Command> recorded = recording;
        if (recorded == null) {
            return;
        }
        BsonValue target = event.getCommand().get(event.getCommandName());
        recorded.add(new Command(event.getCommandName(), target != null && target.isString()
                ? target.asString().getValue() : null, Thread.currentThread().getName()));
    }

    /** Registers the listener with the service's client. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Listening {

        @Bean
        MongoClientSettingsBuilderCustomizer mongoCommandsListener() {
            return settings -> settings.addCommandListener(INSTANCE);
        }
    }
}
