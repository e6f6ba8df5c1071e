package org.roundtable.server.pages;

import org.roundtable.api.PartnershipId;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.roundtable.server.write.Written;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Carries out an act from a page through the API's own write pipeline, then sends the browser to the page
 * that shows it (post, redirect, get), naming the act's sequence so that the page waits for its views to
 * show the act, exactly as an API client reads its own write. A refusal goes to {@link PageRefusals}.
 */
@Component
class PageActs {

    private final WritePipeline pipeline;

    PageActs(WritePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The redirect to {@code page} once {@code command} is stored. */
    String carryOut(PartnershipId partnershipId, Object command, String page) {
        return "redirect:" + afterAct(page, store(partnershipId, command)).toUriString();
    }

    /** Stores {@code command}; answers the partnership's sequence after it. */
    long store(PartnershipId partnershipId, Object command) {
        Written<Object> written = pipeline.carryOut(partnershipId, command);
        return written.sequence();
    }

    /**
     * An optional text field as the command takes it: a field left empty in a form is not given, as it is
     * left out of an API body.
     */
    static String givenOrNull(String field) {
        return field == null || field.isBlank() ? null : field;
    }

    /** The address of {@code page} showing the act stored at {@code sequence}. */
    static UriComponentsBuilder afterAct(String page, long sequence) {
        return UriComponentsBuilder.fromPath(page).queryParam(ViewReader.MIN_SEQUENCE, sequence);
    }
}
