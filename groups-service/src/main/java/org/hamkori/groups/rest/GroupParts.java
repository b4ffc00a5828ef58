package org.hamkori.groups.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hamkori.groups.Group;
import org.hamkori.groups.service.GroupService;
import org.hamkori.kit.rest.IdempotentCreation;
import org.hamkori.kit.rest.Page;
import org.hamkori.kit.rest.Versions;
import org.hamkori.kit.security.PersonalData;

/**
 * How the resources of a group's parts (members, meetings, safety issues, their actions and follow-ups) answer, alike
 * for every part: the group's version is the ETag; a read shows the group's personal data only to the roles that may
 * read it, and is recorded; whoever changes a part sees it whole. Each {@code view} is a part's view given whether it
 * may show personal data.
 */
@ApplicationScoped
class GroupParts {

    @Inject
    GroupService service;

    @Inject
    IdempotentCreation idempotency;

    @Inject
    PersonalData personalData;

    /** A page of the group's parts: {@code page} is given the group and whether it may show personal data. */
    <V> Page<V> page(UUID groupId, BiFunction<Group, Boolean, Page<V>> page) {
        Group group = service.get(groupId);
        service.personalDataRead(group);
        return page.apply(group, personalData.readable());
    }

    /** One part of the group, with the group's version as ETag. */
    <P> Response read(UUID groupId, Function<Group, P> part, BiFunction<P, Boolean, ?> view) {
        Group group = service.get(groupId);
        service.personalDataRead(group);
        P found = part.apply(group);
        return Versions.ok(view.apply(found, personalData.readable()), group.version);
    }

    /** A part created (201 at its id under the posted path), safe to retry with an Idempotency-Key. */
    <P> Response create(String scope, String key, Object form, Supplier<GroupService.Changed<P>> creation,
            Function<P, UUID> id, BiFunction<P, Boolean, ?> view) {
        return idempotency.create(scope, key, form, () -> {
            GroupService.Changed<P> created = creation.get();
            return idempotency.createdAt(id.apply(created.part()), view.apply(created.part(), true),
                    created.groupVersion());
        });
    }

    /** A part after a change, with the group's new version as ETag. */
    <P> Response changed(GroupService.Changed<P> change, BiFunction<P, Boolean, ?> view) {
        return Versions.ok(view.apply(change.part(), true), change.groupVersion());
    }
}
