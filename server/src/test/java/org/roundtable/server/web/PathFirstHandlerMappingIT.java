package org.roundtable.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.roundtable.server.support.RoundtableIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The server finds its handlers with the mapping that tries paths first. */
@RoundtableIntegrationTest
class PathFirstHandlerMappingIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    @Test
    void theApisAndThePagesHandlersAreFoundPathFirst() {
        assertThat(mapping).isInstanceOf(PathFirstHandlerMapping.class);
        assertThat(mapping.getHandlerMethods()).hasSizeGreaterThan(50);
    }
}
