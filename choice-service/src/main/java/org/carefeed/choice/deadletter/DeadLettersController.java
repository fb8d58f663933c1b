package org.carefeed.choice.deadletter;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.carefeed.platform.web.ListPage;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** ADMIN only, as all of {@code /api/admin}. */
@RestController
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping(path = "/api/admin/dead-letters", produces = MediaType.APPLICATION_JSON_VALUE)
    ListPage<DeadLetter> list(@RequestParam String topic,
            @RequestParam(defaultValue = "100") @Min(value = 1, message = "must be from 1 to 1000")
            @Max(value = 1000, message = "must be from 1 to 1000") int limit) {
        List<DeadLetter> found = deadLetters.list(topic, limit);
        return new ListPage<>(found, null, (long) found.size());
    }

    /** Sends the parked record back to the topic it came from, for its listener to try again. */
    @PostMapping(path = "/api/admin/dead-letters/{topic}/{partition}/{offset}/replay",
            produces = MediaType.APPLICATION_JSON_VALUE)
    DeadLetter replay(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset) {
        return deadLetters.replay(topic, partition, offset);
    }
}
