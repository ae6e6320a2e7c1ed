package fr.vigie.organisation.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/**
 * Hides secondary grid columns on phones, where a grid with every column would only
 * scroll sideways; they come back when the window widens.
 */
final class NarrowScreens {

	/** Phones, in portrait or landscape. */
	static final int PHONE = 700;

	/** Tablets in portrait. */
	static final int TABLET = 1000;

	private NarrowScreens() {
	}

	/**
	 * Shows {@code columns} only when the window is wider than {@code minWidth} pixels.
	 */
	static void hideBelow(Component view, int minWidth, List<? extends Grid.Column<?>> columns) {
		view.addAttachListener((attach) -> {
			var page = attach.getUI().getPage();
			page.retrieveExtendedClientDetails((details) -> apply(columns, minWidth, details.getWindowInnerWidth()));
			var registration = page
				.addBrowserWindowResizeListener((resize) -> apply(columns, minWidth, resize.getWidth()));
			view.addDetachListener((detach) -> registration.remove());
		});
	}

	private static void apply(List<? extends Grid.Column<?>> columns, int minWidth, int width) {
		boolean wide = width > minWidth;
		columns.forEach((column) -> column.setVisible(wide));
	}

}
