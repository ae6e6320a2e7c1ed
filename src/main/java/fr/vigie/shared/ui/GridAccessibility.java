package fr.vigie.shared.ui;

import com.vaadin.flow.component.grid.Grid;

/**
 * Works around an accessibility defect of vaadin-grid 25.2: the invisible row it uses to
 * size columns sits in a {@code <caption>} of its {@code role="treegrid"} table, so
 * screen readers (and axe-core, rule aria-required-children) see grid cells outside any
 * row. The row is layout only: its cells lose their role (again whenever the grid
 * rebuilds them) and it is hidden from assistive technologies; the real rows are
 * untouched.
 */
public final class GridAccessibility {

	private static final String HIDE_SIZER = """
			const grid = this;
			customElements.whenDefined('vaadin-grid').then(() => {
			  const neutralise = (element) => {
			    if (element.getAttribute('role') !== 'none') {
			      element.setAttribute('role', 'none');
			    }
			    if (element.hasAttribute('tabindex')) {
			      element.removeAttribute('tabindex');
			    }
			  };
			  const strip = (sizer) => {
			    neutralise(sizer);
			    sizer.querySelectorAll('td, th').forEach(neutralise);
			  };
			  const watch = () => {
			    const sizer = grid.shadowRoot && grid.shadowRoot.querySelector('#sizer');
			    if (!sizer) {
			      requestAnimationFrame(watch);
			      return;
			    }
			    strip(sizer);
			    new MutationObserver(() => strip(sizer)).observe(sizer, { childList: true, subtree: true,
			        attributes: true, attributeFilter: ['role', 'tabindex'] });
			  };
			  watch();
			});""";

	private GridAccessibility() {
	}

	public static <T extends Grid<?>> T hideSizerRow(T grid) {
		grid.addAttachListener((event) -> grid.getElement().executeJs(HIDE_SIZER));
		return grid;
	}

}
