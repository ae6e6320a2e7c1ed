package fr.vigie.referential;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import fr.vigie.identity.Role;
import fr.vigie.referential.ReferentialDiff.Kind;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.support.SecurityContexts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ReferentialManagementIntegrationTests {

	static final ReferentialVersionId SP_PLUS_2023 = new ReferentialVersionId("urn:vigie:sp-plus-2023@1");

	@Autowired
	ReferentialManagement referentials;

	@Test
	void exposesPublishedVersionsAndTheirItemsPerChannelToAnySignedInUser() {
		var phoneItems = SecurityContexts.as("enqueteur", () -> this.referentials.itemsFor(SP_PLUS_2023, Channel.PHONE),
				Role.AUDITOR);
		assertThat(phoneItems).isNotEmpty()
			.allSatisfy((node) -> assertThat(node.item().appliesTo(Channel.PHONE)).isTrue());
		assertThat(SecurityContexts.as("directeur", () -> this.referentials.publishedVersions(), Role.DIRECTOR))
			.extracting((version) -> version.id())
			.contains(SP_PLUS_2023);
	}

	@Test
	void derivesEditsPublishesAndComparesALocalReferential() {
		ReferentialVersion draft = asQuality(() -> this.referentials.deriveLocal(SP_PLUS_2023, "integration-flow",
				new LocalizedText("SP+ Valbourg", "SP+ Valbourg"), "Ville de Valbourg"));
		ReferentialNode rings = draft.node("urn:vigie:sp-plus-2023:e2.5").orElseThrow();
		CheckItem stricter = new CheckItem(rings.item().channels(), rings.item().answers(),
				new Measure(MeasureUnit.RINGS, new Target(TargetComparator.LE, new BigDecimal("3"), MeasureUnit.RINGS)),
				rings.item().scale(), rings.item().freeText(), rings.item().photo(), rings.item().weight(),
				rings.item().blocking(), rings.item().mandatory());
		draft = asQuality(edit(draft, rings, stricter));
		ReferentialVersion afterEdit = draft;
		draft = asQuality(
				() -> this.referentials.addNode(afterEdit.id(), afterEdit.revision(), "urn:vigie:sp-plus-2023:e2",
						new NodeEdit("2.10", new LocalizedText("Rappel sous 24 h", "Call-back within 24 h"), null, null,
								null, new CheckItem(java.util.Set.of(Channel.PHONE), null, null, java.util.List.of(),
										null, null, BigDecimal.ONE, false, false))));
		ReferentialVersion afterAdd = draft;
		draft = asQuality(
				() -> this.referentials.removeNode(afterAdd.id(), afterAdd.revision(), "urn:vigie:sp-plus-2023:e1.6"));
		ReferentialVersion beforePublish = draft;
		ReferentialVersion published = asQuality(
				() -> this.referentials.publish(beforePublish.id(), beforePublish.revision()));

		assertThat(published.isPublished()).isTrue();
		ReferentialDiff diff = asQuality(() -> this.referentials.diff(SP_PLUS_2023, published.id()));
		assertThat(diff.count(Kind.ADDED)).isEqualTo(1);
		assertThat(diff.count(Kind.REMOVED)).isEqualTo(1);
		assertThat(diff.count(Kind.CHANGED)).isEqualTo(1);
		assertThatThrownBy(() -> asQuality(() -> this.referentials.removeNode(published.id(), published.revision(),
				"urn:vigie:sp-plus-2023:e1.1")))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.published.immutable"));
		ReferentialVersion stored = asQuality(() -> this.referentials.findVersion(published.id()).orElseThrow());
		assertThat(stored.node("urn:vigie:sp-plus-2023:e2.5").orElseThrow().item().target().orElseThrow().value())
			.isEqualByComparingTo("3");
	}

	@Test
	void theSecondOfTwoConcurrentDraftEditsIsRefusedAndNothingIsOverwritten() {
		ReferentialVersion draft = asQuality(() -> this.referentials.deriveLocal(SP_PLUS_2023, "concurrent-edit",
				new LocalizedText("Brouillon partagé", "Shared draft"), "Ville"));
		ReferentialNode node = draft.node("urn:vigie:sp-plus-2023:e1.3").orElseThrow();
		NodeEdit first = new NodeEdit(node.refId(), new LocalizedText("Première", "First"), null, null, null,
				node.item());
		NodeEdit second = new NodeEdit(node.refId(), new LocalizedText("Seconde", "Second"), null, null, null,
				node.item());
		// Both quality managers opened the draft at the same revision.
		Long seenByBoth = draft.revision();
		SecurityContexts.as("alice", () -> this.referentials.updateNode(draft.id(), seenByBoth, node.urn(), first),
				Role.QUALITY_MANAGER);
		assertThatThrownBy(() -> SecurityContexts.as("bob",
				() -> this.referentials.updateNode(draft.id(), seenByBoth, node.urn(), second), Role.QUALITY_MANAGER))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("concurrentModification"));
		ReferentialVersion stored = asQuality(() -> this.referentials.findVersion(draft.id()).orElseThrow());
		assertThat(stored.node(node.urn()).orElseThrow().name().fr()).isEqualTo("Première");
	}

	@Test
	void anInvalidUploadStoresNothingAndReportsEveryProblem() throws Exception {
		long before = asQuality(() -> this.referentials.allVersions()).size();
		byte[] broken = Files.readAllBytes(Path.of("src/test/resources/referentials/broken/cycle.yaml"));
		assertThatThrownBy(() -> asQuality(() -> this.referentials.importYaml("cycle.yaml", broken)))
			.isInstanceOfSatisfying(ReferentialImportException.class, (ex) -> {
				assertThat(ex.problems()).hasSize(2);
				assertThat(ex.problems().get(0).line()).isEqualTo(12);
			});
		assertThat(asQuality(() -> this.referentials.allVersions())).hasSize((int) before);
	}

	@Test
	void anExportedVersionImportsBackAsADraftOnceItsVersionIsRaised() {
		byte[] yaml = asQuality(() -> this.referentials.exportYaml(SP_PLUS_2023));
		assertThatThrownBy(() -> asQuality(() -> this.referentials.importYaml("sp.yaml", yaml))).isInstanceOfSatisfying(
				ReferentialImportException.class, (ex) -> assertThat(ex.problems()).extracting(LoadProblem::messageKey)
					.containsExactly("referential.problem.versionExists"));
		byte[] raised = new String(yaml, StandardCharsets.UTF_8).replace("\nversion: 1\n", "\nversion: 7\n")
			.getBytes(StandardCharsets.UTF_8);
		ReferentialVersion imported = asQuality(() -> this.referentials.importYaml("sp.yaml", raised));
		assertThat(imported.status()).isEqualTo(ReferentialStatus.DRAFT);
		assertThat(imported.origin()).isEqualTo(ReferentialOrigin.IMPORTED);
		assertThat(imported.nodes())
			.hasSize(asQuality(() -> this.referentials.findVersion(SP_PLUS_2023).orElseThrow()).nodes().size());
	}

	@Test
	void onlyQualityManagersChangeReferentials() {
		assertThatThrownBy(() -> SecurityContexts.as("admin",
				() -> this.referentials.deriveLocal(SP_PLUS_2023, "admin-try", new LocalizedText("A", "A"), "V"),
				Role.ADMIN))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> asQuality(
				() -> this.referentials.deriveLocal(SP_PLUS_2023, "Bad Code!", new LocalizedText("A", "A"), "V")))
			.isInstanceOfSatisfying(UserFacingException.class,
					(ex) -> assertThat(ex.messageKey()).isEqualTo("referential.derive.invalidCode"));
	}

	private Supplier<ReferentialVersion> edit(ReferentialVersion draft, ReferentialNode node, CheckItem item) {
		return () -> this.referentials.updateNode(draft.id(), draft.revision(), node.urn(),
				new NodeEdit(node.refId(), node.name(), node.description(), node.guidance(), node.annotation(), item));
	}

	private static <T> T asQuality(Supplier<T> action) {
		return SecurityContexts.as("qualite", action, Role.QUALITY_MANAGER);
	}

}
