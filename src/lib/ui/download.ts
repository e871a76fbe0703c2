/** Offers `data` to the user as a file named `name`. */
export function download(name: string, data: Blob): void {
	const url = URL.createObjectURL(data);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const STYLE_PROPS = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'text-anchor',
	'dominant-baseline',
	'display',
	'visibility'
] as const;

/**
 * A standalone copy of a drawn `<svg>`: computed styles (theme colours, fonts) inlined on every
 * element and the page background painted behind, so the file looks like the screen anywhere.
 */
export function standaloneSvg(svg: SVGSVGElement): string {
	const copy = svg.cloneNode(true) as SVGSVGElement;
	const source = [svg, ...svg.querySelectorAll('*')];
	const target = [copy, ...copy.querySelectorAll('*')];
	source.forEach((el, i) => {
		const computed = getComputedStyle(el);
		const style = STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';');
		target[i].setAttribute('style', style);
		target[i].removeAttribute('class');
	});
	const { width, height } = svg.getBoundingClientRect();
	copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
	copy.setAttribute('width', String(Math.round(width)));
	copy.setAttribute('height', String(Math.round(height)));
	copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
	const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
	bg.setAttribute('width', '100%');
	bg.setAttribute('height', '100%');
	bg.setAttribute('fill', getComputedStyle(document.body).backgroundColor);
	copy.insertBefore(bg, copy.firstChild);
	return new XMLSerializer().serializeToString(copy);
}

/** Renders standalone SVG markup to a PNG at `scale` times its size. */
export async function svgToPng(
	markup: string,
	width: number,
	height: number,
	scale = 2
): Promise<Blob> {
	const img = new Image();
	img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(markup);
	await img.decode();
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('this browser cannot draw to a canvas');
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	return new Promise((resolve, reject) =>
		canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png')
	);
}
