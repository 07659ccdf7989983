// Canvas drawing of node labels and hover cards in the explorer's light theme: labels get a halo
// so they stay legible over edges; hovered and selected nodes get a white card and a ring.
import type { NodeHoverDrawingFunction, NodeLabelDrawingFunction } from 'sigma/rendering';
import type { EdgeAttributes, NodeAttributes } from '../../server/ontology.js';

export const LABEL_COLOR = '#1f2733';
const HALO = 'rgba(246, 247, 249, 0.92)';

/** Draws a node label to the right of the node, with a light halo behind the glyphs. */
export const drawLabel: NodeLabelDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const x = data.x + data.size + 4;
  const y = data.y + size / 3;
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = HALO;
  context.strokeText(data.label, x, y);
  context.fillStyle = LABEL_COLOR;
  context.fillText(data.label, x, y);
};

/** Draws a hovered or highlighted node: a haloed ring and a white card holding the label. */
export const drawHover: NodeHoverDrawingFunction<NodeAttributes, EdgeAttributes> = (context, data, settings) => {
  const size = settings.labelSize + 1;
  context.font = `600 ${size}px ${settings.labelFont}`;
  context.shadowColor = 'rgba(15, 23, 42, 0.28)';
  context.shadowBlur = 10;
  context.fillStyle = '#ffffff';
  context.beginPath();
  context.arc(data.x, data.y, data.size + 3, 0, Math.PI * 2);
  context.fill();
  if (data.label) {
    const width = context.measureText(data.label).width;
    const height = size + 10;
    // The card starts left of where the plain label is drawn, so it hides it completely.
    const left = data.x + data.size + 2;
    context.beginPath();
    context.roundRect(left, data.y - height / 2, width + 20, height, 6);
    context.fill();
    context.shadowBlur = 0;
    context.fillStyle = LABEL_COLOR;
    context.fillText(data.label, left + 10, data.y + size / 3);
  }
  context.shadowBlur = 0;
};
