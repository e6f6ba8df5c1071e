package org.roundtable.server.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.roundtable.api.ErrorCode;
import org.roundtable.api.LessonId;
import org.roundtable.api.PartnershipId;
import org.roundtable.api.RuleViolation;
import org.roundtable.api.commands.LogLesson;
import org.roundtable.api.queries.FindLessons;
import org.roundtable.api.queries.LessonBook;
import org.roundtable.api.queries.LessonView;
import org.roundtable.query.support.ViewNames;
import org.roundtable.server.http.RequestBodies.LessonBody;
import org.roundtable.server.read.ViewReader;
import org.roundtable.server.write.WritePipeline;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Logs the lessons partners learnt and shows them by phase. */
@RestController
@Tag(name = "Lessons")
class LessonController {

    private final WritePipeline commands;
    private final ViewReader views;

    LessonController(WritePipeline commands, ViewReader views) {
        this.commands = commands;
        this.views = views;
    }

    @Operation(operationId = "logLesson", summary = "Log a lesson learnt")
    @PostMapping(Paths.PARTNERSHIP + "/lessons")
    ResponseEntity<Created> log(@PathVariable PartnershipId partnershipId, @RequestBody LessonBody body) {
        LessonId lessonId = LessonId.random();
        return commands.send(
                partnershipId,
                new LogLesson(partnershipId, lessonId, body.partnerId(), body.phase(), body.title(), body.text()),
                written -> written.created(lessonId.value(), Paths.LESSON, partnershipId, lessonId));
    }

    @Operation(operationId = "listLessons", summary = "List the partnership's lessons by phase")
    @GetMapping(Paths.PARTNERSHIP + "/lessons")
    LessonBook lessons(
            @PathVariable PartnershipId partnershipId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return lessonBook(partnershipId, minSequence);
    }

    /** A lesson as the lesson book lists it. */
    @Operation(operationId = "showLesson", summary = "Show a lesson")
    @GetMapping(Paths.LESSON)
    LessonView show(
            @PathVariable PartnershipId partnershipId,
            @PathVariable LessonId lessonId,
            @RequestParam(name = ViewReader.MIN_SEQUENCE, required = false) Long minSequence) {
        return lessonBook(partnershipId, minSequence).phases().stream()
                .flatMap(phase -> phase.lessons().stream())
                .filter(lesson -> lesson.id().equals(lessonId))
                .findFirst()
                .orElseThrow(() -> RuleViolation.notFound(ErrorCode.LESSON_NOT_FOUND, "lesson"));
    }

    private LessonBook lessonBook(PartnershipId partnershipId, Long minSequence) {
        views.awaitSequence(ViewNames.LESSONS, partnershipId, minSequence);
        return views.find(
                new FindLessons(partnershipId), LessonBook.class, ErrorCode.PARTNERSHIP_NOT_FOUND, "partnership");
    }
}
