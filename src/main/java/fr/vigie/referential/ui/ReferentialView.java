package fr.vigie.referential.ui;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.GridSingleSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.spring.security.AuthenticationContext;
import fr.vigie.identity.Role;
import fr.vigie.referential.CheckItem;
import fr.vigie.referential.NodeEdit;
import fr.vigie.referential.ReferentialManagement;
import fr.vigie.referential.ReferentialNode;
import fr.vigie.referential.ReferentialOrigin;
import fr.vigie.referential.ReferentialVersion;
import fr.vigie.referential.ReferentialVersionId;
import fr.vigie.shared.Channel;
import fr.vigie.shared.UserFacingException;
import fr.vigie.shared.ui.Notifications;
import jakarta.annotation.security.RolesAllowed;

/**
 * One referential version as a tree, filtered by channel, with the detail of the selected
 * node. Quality managers derive local referentials from published versions, and edit,
 * publish or delete drafts here.
 */
@Route("referentials/version")
@RolesAllowed({ Role.Names.QUALITY_MANAGER, Role.Names.ADMIN })
class ReferentialView extends Main implements HasDynamicTitle, BeforeEnterObserver {

	private final ReferentialManagement referentials;

	private final boolean qualityManager;

	private final TreeGrid<ReferentialNode> tree = new TreeGrid<>();

	private final Select<Channel> channelFilter = new Select<>();

	private final Span shownCount = new Span();

	private final Section detail = new Section();

	private final HorizontalLayout actions = new HorizontalLayout();

	private final Div header = new Div();

	private ReferentialVersion version;

	private String selectedUrn;

	ReferentialView(ReferentialManagement referentials, AuthenticationContext authentication) {
		this.referentials = referentials;
		this.qualityManager = authentication.hasRole(Role.QUALITY_MANAGER.name());
		addClassName("page");
		addClassName("referential-page");

		this.channelFilter.setLabel(getTranslation("referential.filter.channel"));
		this.channelFilter.setItems(Channel.values());
		this.channelFilter.setEmptySelectionAllowed(true);
		this.channelFilter.setEmptySelectionCaption(getTranslation("referential.filter.all"));
		this.channelFilter.setItemLabelGenerator((channel) -> (channel == null)
				? getTranslation("referential.filter.all") : getTranslation(channel.messageKey()));
		this.channelFilter.setId("channel-filter");
		this.channelFilter.addValueChangeListener((event) -> refreshTree());
		this.shownCount.addClassName("shown-count");
		this.shownCount.getElement().setAttribute("aria-live", "polite");

		this.tree.addHierarchyColumn((node) -> node.label(getLocale()))
			.setHeader(getTranslation("referential.tree.node"))
			.setFlexGrow(4);
		this.tree.addColumn((node) -> node.assessable() ? Formats.channels(this, node.item().channels()) : "")
			.setHeader(getTranslation("referential.tree.channels"))
			.setFlexGrow(2);
		this.tree
			.addColumn((node) -> node.assessable()
					? node.item().target().map((target) -> Formats.target(this, target)).orElse("") : "")
			.setHeader(getTranslation("referential.tree.target"))
			.setAutoWidth(true);
		this.tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		// The page scrolls, not the tree: nested scroll areas are awkward on tablets and
		// phones, and every row stays reachable.
		this.tree.setAllRowsVisible(true);
		this.tree.setAriaLabel(getTranslation("referential.tree"));
		this.tree.setId("referential-tree");
		this.tree.addClassName("referential-tree");
		// A second click on the row being edited must not close its editor.
		((GridSingleSelectionModel<ReferentialNode>) this.tree.getSelectionModel()).setDeselectAllowed(false);
		this.tree.asSingleSelect().addValueChangeListener((event) -> {
			this.selectedUrn = (event.getValue() != null) ? event.getValue().urn() : null;
			showDetail();
			refreshActions();
			if (event.isFromClient() && this.selectedUrn != null) {
				this.detail.scrollIntoView();
			}
		});
		this.detail.addClassName("node-detail");
		this.actions.addClassName("referential-actions");
		this.actions.setWrap(true);

		HorizontalLayout filterBar = new HorizontalLayout(this.channelFilter, this.shownCount);
		filterBar.setAlignItems(FlexComponent.Alignment.BASELINE);
		filterBar.setWrap(true);
		Div body = new Div(this.tree, this.detail);
		body.addClassName("referential-body");
		add(this.header, this.actions, filterBar, body);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Optional<ReferentialVersion> found = event.getLocation()
			.getQueryParameters()
			.getSingleParameter("id")
			.flatMap((id) -> this.referentials.findVersion(new ReferentialVersionId(id)));
		if (found.isEmpty()) {
			event.forwardTo(ReferentialListView.class);
			return;
		}
		show(found.get());
	}

	private void show(ReferentialVersion shown) {
		this.version = shown;
		this.header.removeAll();
		this.header.add(new H1(shown.header().name().in(getLocale())));
		this.header.add(new Paragraph(
				getTranslation("referential.meta", nullToDash(shown.header().refId()), shown.header().version(),
						getTranslation(shown.status().messageKey()), getTranslation(shown.origin().messageKey()),
						getTranslation(shown.header().completeness().messageKey()))));
		shown.derivedFrom()
			.ifPresent((source) -> this.header
				.add(new Paragraph(getTranslation("referential.derivedFrom", source.value()))));
		if (!shown.isPublished()) {
			Paragraph banner = new Paragraph(getTranslation("referential.draftBanner"));
			banner.addClassName("draft-banner");
			this.header.add(banner);
		}
		refreshTree();
		refreshActions();
		showDetail();
	}

	private void reload(ReferentialVersion saved) {
		show(saved);
	}

	private void refreshTree() {
		// Replacing the items clears the selection (and selectedUrn through the
		// listener).
		String keep = this.selectedUrn;
		Channel channel = this.channelFilter.getValue();
		Map<String, ReferentialNode> byUrn = new HashMap<>();
		this.version.nodes().forEach((node) -> byUrn.put(node.urn(), node));
		Set<String> visible = new HashSet<>();
		int shownItems = 0;
		for (ReferentialNode node : this.version.nodes()) {
			boolean shown = (channel == null) ? true : node.assessable() && node.item().appliesTo(channel);
			if (shown) {
				if (node.assessable()) {
					shownItems++;
				}
				String urn = node.urn();
				while (urn != null && visible.add(urn)) {
					urn = byUrn.get(urn).parentUrn();
				}
			}
		}
		List<ReferentialNode> roots = this.version.nodes()
			.stream()
			.filter((node) -> node.isRoot() && visible.contains(node.urn()))
			.toList();
		this.tree.setItems(roots,
				(parent) -> this.version.children(parent.urn())
					.stream()
					.filter((node) -> visible.contains(node.urn()))
					.toList());
		this.tree.expandRecursively(roots, 5);
		this.shownCount.setText(getTranslation("referential.filter.count", shownItems));
		if (keep != null && visible.contains(keep)) {
			this.tree.select(byUrn.get(keep));
		}
	}

	private Optional<ReferentialNode> selected() {
		return (this.selectedUrn == null) ? Optional.empty() : this.version.node(this.selectedUrn);
	}

	private boolean editable() {
		return this.qualityManager && !this.version.isPublished();
	}

	private void refreshActions() {
		this.actions.removeAll();
		if (this.version == null) {
			return;
		}
		if (this.qualityManager && this.version.isPublished()) {
			Button derive = new Button(getTranslation("referential.derive"), VaadinIcon.COPY.create(),
					(click) -> new DeriveDialog(this.referentials, this.version, this::navigateTo).open());
			derive.addThemeVariants(ButtonVariant.PRIMARY);
			derive.setId("derive");
			this.actions.add(derive);
			if (this.version.origin() != ReferentialOrigin.SHIPPED) {
				this.actions.add(new Button(getTranslation("referential.nextVersion"), VaadinIcon.PLUS.create(),
						(click) -> act(() -> {
							ReferentialVersion draft = this.referentials.startNextVersion(this.version.id());
							Notifications.success(this, "referential.nextVersion.done", draft.header().version());
							navigateTo(draft);
						})));
			}
		}
		if (editable()) {
			Optional<ReferentialNode> node = selected();
			Button add = new Button(getTranslation("referential.addItem"), VaadinIcon.PLUS.create(),
					(click) -> addItem());
			add.setId("add-item");
			add.setEnabled(node.isPresent() && addTarget().isPresent());
			Button remove = new Button(getTranslation("referential.removeNode"), VaadinIcon.TRASH.create(),
					(click) -> removeSelected());
			remove.setId("remove-node");
			remove.addThemeVariants(ButtonVariant.ERROR);
			remove.setEnabled(node.isPresent());
			Button publish = new Button(getTranslation("referential.publish"), VaadinIcon.CHECK.create(),
					(click) -> Confirmation.ask(
							getTranslation("referential.publish.confirm", this.version.header().name().in(getLocale())),
							getTranslation("referential.publish"), () -> act(() -> {
								ReferentialVersion published = this.referentials.publish(this.version.id(),
										this.version.revision());
								Notifications.success(this, "referential.published.done", published.id().value());
								reload(published);
							})));
			publish.addThemeVariants(ButtonVariant.PRIMARY);
			publish.setId("publish");
			Button discard = new Button(getTranslation("referential.discard"),
					(click) -> Confirmation.ask(
							getTranslation("referential.discard.confirm", this.version.id().value()),
							getTranslation("referential.discard"), () -> act(() -> {
								this.referentials.discardDraft(this.version.id(), this.version.revision());
								Notifications.success(this, "referential.discarded");
								UI.getCurrent().navigate(ReferentialListView.class);
							})));
			discard.addThemeVariants(ButtonVariant.TERTIARY);
			this.actions.add(add, remove, publish, discard);
		}
		Button compare = new Button(getTranslation("referential.compare"), VaadinIcon.EXCHANGE.create(), (click) -> {
			String from = this.version.derivedFrom().map(ReferentialVersionId::value).orElse(this.version.id().value());
			UI.getCurrent()
				.navigate(ReferentialDiffView.class,
						new QueryParameters(Map.of("from", List.of(from), "to", List.of(this.version.id().value()))));
		});
		compare.setId("compare");
		this.actions.add(compare, exportLink());
	}

	private Anchor exportLink() {
		ReferentialVersion exported = this.version;
		String fileName = exported.header().urn().replaceFirst("^urn:", "").replace(':', '-') + "-v"
				+ exported.header().version() + ".yaml";
		Anchor link = new Anchor(DownloadHandler.fromInputStream((event) -> {
			byte[] yaml = this.referentials.exportYaml(exported.id());
			return new DownloadResponse(new ByteArrayInputStream(yaml), fileName, "application/yaml", yaml.length);
		}), getTranslation("referential.export"));
		link.getElement().setAttribute("download", fileName);
		link.addClassName("export-link");
		return link;
	}

	private void showDetail() {
		this.detail.removeAll();
		this.detail.add(new H2(getTranslation("referential.detail.title")));
		Optional<ReferentialNode> node = selected();
		if (node.isEmpty()) {
			this.detail.add(new Paragraph(getTranslation("referential.detail.empty")));
			return;
		}
		if (editable()) {
			NodeEditor editor = new NodeEditor(node.get(), "action.save");
			editor.addSaveListener((event) -> act(() -> {
				ReferentialVersion saved = this.referentials.updateNode(this.version.id(), this.version.revision(),
						node.get().urn(), event.edit());
				Notifications.success(this, "referential.saved");
				reload(saved);
			}));
			this.detail.add(editor);
			return;
		}
		this.detail.add(readOnly(node.get()));
	}

	private Component readOnly(ReferentialNode node) {
		Div box = new Div();
		Paragraph title = new Paragraph(node.label(getLocale()));
		title.addClassName("node-title");
		box.add(title);
		DescriptionList list = new DescriptionList();
		term(list, "referential.detail.description", node.description());
		term(list, "referential.detail.guidance", node.guidance());
		term(list, "referential.detail.annotation", node.annotation());
		if (node.confidence() != fr.vigie.referential.Confidence.SURE) {
			term(list, "referential.detail.confidence", getTranslation(node.confidence().messageKey()));
		}
		if (!node.mapsTo().isEmpty()) {
			term(list, "referential.detail.mapsTo", String.join(", ", node.mapsTo()));
		}
		if (node.assessable()) {
			CheckItem item = node.item();
			term(list, "referential.detail.channels", Formats.channels(this, item.channels()));
			term(list, "referential.detail.answers", Formats.value(this, item.answers()));
			if (item.measure() != null) {
				term(list, "referential.detail.measure", getTranslation(item.measure().unit().messageKey()));
				term(list, "referential.detail.target",
						item.measure().hasTarget() ? Formats.target(this, item.measure().target())
								: getTranslation("referential.detail.noTarget"));
			}
			if (!item.scale().isEmpty()) {
				term(list, "referential.detail.scale", Formats.scale(this, item.scale()));
			}
			term(list, "referential.detail.weight", item.weight().toPlainString());
			term(list, "referential.detail.blocking", Formats.value(this, item.blocking()));
			term(list, "referential.detail.mandatory", Formats.value(this, item.mandatory()));
			term(list, "referential.detail.freeText", getTranslation(item.freeText().messageKey()));
			term(list, "referential.detail.photo", getTranslation(item.photo().messageKey()));
		}
		else {
			long below = countItemsBelow(node.urn());
			box.add(new Paragraph(getTranslation("referential.detail.group", below)));
		}
		box.add(list);
		return box;
	}

	private long countItemsBelow(String urn) {
		Set<String> below = new HashSet<>(Set.of(urn));
		long count = 0;
		for (ReferentialNode node : this.version.nodes()) {
			if (node.parentUrn() != null && below.contains(node.parentUrn())) {
				below.add(node.urn());
				if (node.assessable()) {
					count++;
				}
			}
		}
		return count;
	}

	private void term(DescriptionList list, String labelKey, Object value) {
		if (value == null) {
			return;
		}
		String text = (value instanceof String string) ? string : Formats.value(this, value);
		list.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(text));
	}

	/** Where a new item goes: under the selected group, or next to the selected item. */
	private Optional<ReferentialNode> addTarget() {
		return selected().flatMap((node) -> node.assessable()
				? Optional.ofNullable(node.parentUrn()).flatMap(this.version::node) : Optional.of(node));
	}

	private void addItem() {
		ReferentialNode parent = addTarget().orElse(null);
		if (parent == null) {
			Notifications.error(this, new UserFacingException("referential.addItem.selectGroup"));
			return;
		}
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("referential.addItem.title", parent.label(getLocale())));
		NodeEditor editor = new NodeEditor(null, "referential.addItem");
		editor.addClassName("add-item-editor");
		editor.addSaveListener((event) -> act(() -> {
			ReferentialVersion saved = addUnder(parent, event.edit());
			dialog.close();
			Notifications.success(this, "referential.added");
			reload(saved);
		}));
		dialog.add(editor);
		dialog.setWidth("min(720px, 95vw)");
		Button cancel = new Button(getTranslation("action.cancel"), (click) -> dialog.close());
		dialog.getFooter().add(cancel);
		dialog.open();
	}

	private ReferentialVersion addUnder(ReferentialNode parent, NodeEdit edit) {
		ReferentialVersion saved = this.referentials.addNode(this.version.id(), this.version.revision(), parent.urn(),
				edit);
		List<ReferentialNode> children = saved.children(parent.urn());
		this.selectedUrn = children.get(children.size() - 1).urn();
		return saved;
	}

	private void removeSelected() {
		selected().ifPresent(
				(node) -> Confirmation.ask(getTranslation("referential.removeNode.confirm", node.label(getLocale())),
						getTranslation("referential.removeNode"), () -> act(() -> {
							ReferentialVersion saved = this.referentials.removeNode(this.version.id(),
									this.version.revision(), node.urn());
							this.selectedUrn = null;
							Notifications.success(this, "referential.removed");
							reload(saved);
						})));
	}

	private void act(Runnable action) {
		try {
			action.run();
		}
		catch (UserFacingException ex) {
			Notifications.error(this, ex);
		}
	}

	private void navigateTo(ReferentialVersion target) {
		UI.getCurrent().navigate(ReferentialView.class, QueryParameters.of("id", target.id().value()));
	}

	private static String nullToDash(String value) {
		return (value == null) ? "—" : value;
	}

	@Override
	public String getPageTitle() {
		String name = (this.version != null) ? this.version.header().name().in(getLocale()) + " · " : "";
		return name + getTranslation("referentials.title") + " · " + getTranslation("app.name");
	}

}
