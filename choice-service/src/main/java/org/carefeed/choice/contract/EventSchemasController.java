package org.carefeed.choice.contract;

import org.carefeed.events.EventType;
import org.carefeed.platform.web.NotFound;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON Schemas of the public topics' events, straight from the events jar, at
 * {@code /schemas/<type>.schema.json}: where the AsyncAPI document points its payloads, so a reader of
 * the topics gets exactly the schemas the producers are tested against. Internal events' schemas are
 * not served.
 */
@RestController
class EventSchemasController {

    static final String PATH = "/schemas/";
    private static final MediaType JSON_SCHEMA = MediaType.parseMediaType("application/schema+json");

    @GetMapping(PATH + "{type}.schema.json")
    ResponseEntity<Resource> schema(@PathVariable String type) {
        EventType event = EventType.fromTypeName(type).filter(PublicTopics::carries)
                .orElseThrow(() -> new NotFound("There is no public event type " + type
                        + "; /asyncapi.yaml lists them"));
        return ResponseEntity.ok().contentType(JSON_SCHEMA).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource(event.schemaResource().substring(1)));
    }
}
