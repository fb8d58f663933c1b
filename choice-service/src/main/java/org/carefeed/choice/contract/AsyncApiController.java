package org.carefeed.choice.contract;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The AsyncAPI document of the public topics, as committed ({@code contracts/asyncapi.yaml}); its
 * payloads point to the schemas {@link EventSchemasController} serves.
 */
@RestController
class AsyncApiController {

    static final String DOCUMENT = "contracts/asyncapi.yaml";
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml;charset=UTF-8");

    @GetMapping("/asyncapi.yaml")
    ResponseEntity<Resource> document() {
        return ResponseEntity.ok().contentType(YAML).cacheControl(CacheControl.noCache())
                .body(new ClassPathResource(DOCUMENT));
    }
}
