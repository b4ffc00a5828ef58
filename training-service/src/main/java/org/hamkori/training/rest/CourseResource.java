package org.hamkori.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hamkori.contract.training.TrainingTopic;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.PageRequest;
import org.hamkori.kit.rest.QueryParams;
import org.hamkori.kit.rest.Versions;
import org.hamkori.training.Course;
import org.hamkori.training.repository.CourseRepository;
import org.hamkori.training.rest.TrainingRequests.CourseForm;
import org.hamkori.training.service.CourseService;

@Path("/courses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Courses")
@RolesAllowed("${hamkori.access.read}")
public class CourseResource {

    @Inject
    CourseService service;

    @Inject
    CourseRepository courses;

    @Inject
    IdempotentCreation idempotency;

    @POST
    @RolesAllowed("${hamkori.access.write}")
    @Operation(summary = "Create a course with its topics, hours and pass mark")
    public Response create(@NotNull @Valid CourseForm form, @HeaderParam(IdempotentCreation.HEADER) String key) {
        return idempotency.create("course", key, form, () -> {
            Course course = service.create(form.code(), form.title().trim(), form.topics(), form.hours(),
                    form.passMark());
            return idempotency.createdAt(course.code, CourseView.of(course), course.version);
        });
    }

    @GET
    @Operation(summary = "List courses, optionally those covering a topic")
    public Page<CourseView> list(@QueryParam("topic") String topic, @BeanParam PageRequest pageRequest) {
        return Page.of(courses.search(QueryParams.enumValue("topic", topic, TrainingTopic.class)),
                pageRequest.validated(), CourseView::of);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "A course, with its version as ETag")
    public Response get(@PathParam("code") String code) {
        Course course = service.get(code);
        return Versions.ok(CourseView.of(course), course.version);
    }
}
