package org.roundtable.server.http;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.roundtable.api.ErrorCode;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.web.ProblemDetailAdvice;
import org.roundtable.server.web.RequestBodyLimit;
import org.roundtable.server.write.IdempotentRequest;
import org.roundtable.server.write.Written;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * The OpenAPI document at {@code /v3/api-docs}: what springdoc reads off the controllers, completed by
 * rule with what every operation of a kind answers, so that the rules live here once rather than on
 * each method. A write answers 201 with a Location when it creates something (it returns
 * {@link Created}), 204 when it has nothing to say ({@code Void}), 200 otherwise, always with its
 * {@value Written#SEQUENCE_HEADER}, and takes an optional {@value IdempotentRequest#HEADER}; every
 * refusal is a {@value #PROBLEM} of one shape. The controllers annotate only what differs per operation.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

    static final String PROBLEM = "Problem";
    static final String BASIC = "basicAuth";
    static final String BEARER = "bearerAuth";

    /** What each refusal means in this API, by its status. */
    private static final Map<HttpStatus, String> REFUSALS = Map.ofEntries(
            Map.entry(
                    HttpStatus.BAD_REQUEST,
                    "The request cannot be right: its JSON is malformed, a value has "
                            + "the wrong type, is missing or out of range, or a path id is not a UUID; `field` names the "
                            + "input at fault"),
            Map.entry(
                    HttpStatus.UNAUTHORIZED,
                    "No credentials, or wrong ones: log in with HTTP Basic, or with a "
                            + "bearer token where the server accepts them (see WWW-Authenticate)"),
            Map.entry(
                    HttpStatus.FORBIDDEN,
                    "The user may not do this act: only a partnership's coordinators "
                            + "manage it, only a partner's representatives act for it, and the holders of the global "
                            + "AUDITOR role write nothing"),
            Map.entry(
                    HttpStatus.NOT_FOUND,
                    "No such partnership, or one the user holds no role in (which is "
                            + "told apart from an unknown id by nobody), or no such thing in it"),
            Map.entry(
                    HttpStatus.NOT_ACCEPTABLE,
                    "The Accept header admits no JSON; a write is refused so before " + "anything is recorded"),
            Map.entry(
                    HttpStatus.CONFLICT,
                    "The partnership's rules refuse the act as things stand (such as "
                            + "PROPOSAL_CLOSED), or other requests changed the partnership at the same moment every time "
                            + "it was tried (CONCURRENT_MODIFICATION, safe to try again)"),
            Map.entry(
                    HttpStatus.PAYLOAD_TOO_LARGE,
                    "The body is larger than " + RequestBodyLimit.MAX_BODY_BYTES + " bytes"),
            Map.entry(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body is not application/json"),
            Map.entry(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "The " + IdempotentRequest.HEADER + " was used by the same "
                            + "user for another request (method, path or body) within its retention; this one was not "
                            + "carried out"),
            Map.entry(HttpStatus.INTERNAL_SERVER_ERROR, "A fault of the server, which it has logged"),
            Map.entry(
                    HttpStatus.SERVICE_UNAVAILABLE,
                    "Try again after Retry-After: the database is unavailable "
                            + "(DATABASE_UNAVAILABLE), the acts queued on the partnership did not finish in time "
                            + "(PARTNERSHIP_BUSY), a write's commit broke off and whether it was recorded is unknown "
                            + "(OUTCOME_UNKNOWN; with the same " + IdempotentRequest.HEADER
                            + " a retry is carried out at "
                            + "most once), or a view has not reached the " + ViewReader.MIN_SEQUENCE
                            + " asked for in time "
                            + "(VIEW_BEHIND)"));

    /** Every operation can meet these, whatever it does. */
    private static final Set<HttpStatus> ANY = EnumSet.of(
            HttpStatus.BAD_REQUEST,
            HttpStatus.UNAUTHORIZED,
            HttpStatus.INTERNAL_SERVER_ERROR,
            HttpStatus.SERVICE_UNAVAILABLE);
    /** A write also meets these: its body, its key, its Accept header and the partnership's rules. */
    private static final Set<HttpStatus> WRITE = EnumSet.of(
            HttpStatus.FORBIDDEN,
            HttpStatus.NOT_ACCEPTABLE,
            HttpStatus.CONFLICT,
            HttpStatus.PAYLOAD_TOO_LARGE,
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            HttpStatus.UNPROCESSABLE_ENTITY);

    private static final Set<RequestMethod> WRITES =
            EnumSet.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH, RequestMethod.DELETE);

    @Bean
    OpenAPI roundtableApi() {
        Components components = new Components()
                .addSecuritySchemes(
                        BASIC,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("basic")
                                .description("A user of the server's configuration"))
                .addSecuritySchemes(
                        BEARER,
                        new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description(
                                        "An access token of the OIDC provider, where the server is configured with one"))
                .addSchemas(PROBLEM, problem())
                .addHeaders(
                        Written.SEQUENCE_HEADER,
                        new Header()
                                .description("The partnership's stream sequence after the write: a read given it as "
                                        + ViewReader.MIN_SEQUENCE + " shows the write")
                                .required(true)
                                .schema(new IntegerSchema().format("int64").minimum(BigDecimal.ONE)))
                .addHeaders(
                        HttpHeaders.LOCATION,
                        new Header()
                                .description("Where what the write created is read")
                                .required(true)
                                .schema(new StringSchema().format("uri")))
                .addHeaders(
                        HttpHeaders.RETRY_AFTER,
                        new Header()
                                .description("Seconds to wait before trying again")
                                .required(true)
                                .schema(new IntegerSchema().minimum(BigDecimal.ONE)))
                .addHeaders(
                        HttpHeaders.WWW_AUTHENTICATE,
                        new Header()
                                .description("The schemes the server accepts: Basic, and Bearer where it takes tokens")
                                .required(true)
                                .schema(new StringSchema()))
                .addParameters(
                        IdempotentRequest.HEADER,
                        new Parameter()
                                .in("header")
                                .name(IdempotentRequest.HEADER)
                                .required(false)
                                .description(
                                        "Makes a repeat of the write (a retry after a lost answer or a 503) safe: the "
                                                + "same user, key, method, path and body within the retention is carried out once, "
                                                + "and every repeat gets the first answer again")
                                .schema(new StringSchema()
                                        .minLength(1)
                                        .maxLength(IdempotentRequest.MAX_KEY_LENGTH)
                                        .pattern("^[\\x21-\\x7E]+$")));
        REFUSALS.forEach(
                (status, description) -> components.addResponses(responseName(status), refusal(status, description)));
        return new OpenAPI()
                .info(new Info()
                        .title("Roundtable API")
                        .version("1")
                        .description("The HTTP API of Roundtable, the record of multi-stakeholder partnerships: their "
                                + "partners, decisions, meetings, pledges, contract and lessons, and the reports and "
                                + "audit made of them."))
                // the document is served by the server it describes
                .servers(List.of(new Server().url("/").description("This server")))
                .components(components)
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Completes each operation by the rules of its kind; see the class comment. */
    @Bean
    OperationCustomizer answersByKind() {
        return (operation, handler) -> {
            RequestMapping mapping =
                    AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), RequestMapping.class);
            if (mapping == null) {
                return operation;
            }
            boolean write = Arrays.stream(mapping.method()).anyMatch(WRITES::contains);
            describeParameters(operation, mapping, write);
            describeSuccess(operation, handler, write);
            Set<HttpStatus> refusals = EnumSet.copyOf(ANY);
            if (Arrays.stream(mapping.path()).anyMatch(path -> path.contains("{"))) {
                refusals.add(HttpStatus.NOT_FOUND);
            }
            if (write) {
                refusals.addAll(WRITE);
            }
            refusals.forEach(status -> operation
                    .getResponses()
                    .addApiResponse(String.valueOf(status.value()), new ApiResponse().$ref(responseName(status))));
            return operation;
        };
    }

    private static void describeParameters(Operation operation, RequestMapping mapping, boolean write) {
        Set<String> selecting = Arrays.stream(mapping.params()).collect(Collectors.toSet());
        for (Parameter parameter :
                operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters()) {
            if (ViewReader.MIN_SEQUENCE.equals(parameter.getName())) {
                parameter.description("Waits for the view to show the write that answered this "
                        + Written.SEQUENCE_HEADER + " (503 VIEW_BEHIND when it has not in time); without it the "
                        + "view may trail the latest writes by a moment");
                parameter.getSchema().minimum(BigDecimal.ONE);
            }
            // A parameter that picks one handler of a path over another (params = "asOf") is optional in the
            // one operation that the document has for both: without it the other handler answers.
            if (selecting.contains(parameter.getName())) {
                parameter.required(false);
            }
        }
        if (write) {
            operation.addParametersItem(new Parameter().$ref(IdempotentRequest.HEADER));
        }
    }

    private static void describeSuccess(Operation operation, HandlerMethod handler, boolean write) {
        ApiResponses responses = operation.getResponses();
        ApiResponse ok = responses.get("200");
        if (ok == null) {
            return;
        }
        ResolvableType returned = ResolvableType.forMethodReturnType(handler.getMethod());
        Class<?> body = ResponseEntity.class.equals(returned.toClass())
                ? returned.getGeneric(0).toClass()
                : returned.toClass();
        if (body.equals(Created.class)) {
            responses.remove("200");
            responses.addApiResponse(
                    "201",
                    ok.description("Created")
                            .addHeaderObject(HttpHeaders.LOCATION, new Header().$ref(HttpHeaders.LOCATION)));
        } else if (body.equals(Void.class)) {
            responses.remove("200");
            responses.addApiResponse(
                    "204",
                    ok.description("Done; nothing to answer but the sequence").content(null));
        }
        if (write) {
            ok.addHeaderObject(Written.SEQUENCE_HEADER, new Header().$ref(Written.SEQUENCE_HEADER));
        }
    }

    /** RFC 9457, with the {@code code} and {@code field} that {@link ProblemDetailAdvice} adds. */
    private static Schema<?> problem() {
        String codes = Arrays.stream(ErrorCode.values()).map(Enum::name).collect(Collectors.joining(", "));
        return new ObjectSchema()
                .description("An RFC 9457 problem: every refusal and failure of the API")
                .addProperty("type", new StringSchema().format("uri-reference").description("about:blank"))
                .addProperty("title", new StringSchema().description("The status's reason phrase"))
                .addProperty(
                        "status",
                        new IntegerSchema().minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", new StringSchema().description("What is wrong, for a person"))
                .addProperty(
                        "instance",
                        new StringSchema()
                                .format("uri-reference")
                                .description("The path of the request refused, where it is a URI"))
                .addProperty(
                        ProblemDetailAdvice.CODE,
                        new StringSchema()
                                .description(
                                        "What is wrong, for a program: one of " + codes + ", or the name of the HTTP "
                                                + "status (such as NOT_FOUND for an unknown route)"))
                .addProperty(
                        ProblemDetailAdvice.FIELD,
                        new StringSchema()
                                .description("The input at fault, where it is one: a JSON path into the body "
                                        + "(decisionRule.quorum), a path or query parameter, or a header"))
                .required(List.of("type", "title", "status", "detail", ProblemDetailAdvice.CODE));
    }

    private static ApiResponse refusal(HttpStatus status, String description) {
        ApiResponse response = new ApiResponse()
                .description(description)
                .content(new Content()
                        .addMediaType(
                                org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                                new MediaType().schema(new Schema<>().$ref(PROBLEM))));
        if (status == HttpStatus.SERVICE_UNAVAILABLE) {
            response.addHeaderObject(HttpHeaders.RETRY_AFTER, new Header().$ref(HttpHeaders.RETRY_AFTER));
        }
        if (status == HttpStatus.UNAUTHORIZED) {
            response.addHeaderObject(HttpHeaders.WWW_AUTHENTICATE, new Header().$ref(HttpHeaders.WWW_AUTHENTICATE));
        }
        return response;
    }

    /** BadRequest, NotFound, ...: the status's reason phrase in one word. */
    private static String responseName(HttpStatus status) {
        return Arrays.stream(status.getReasonPhrase().split("[^A-Za-z]+"))
                .map(word ->
                        word.substring(0, 1).toUpperCase() + word.substring(1).toLowerCase())
                .collect(Collectors.joining());
    }
}
