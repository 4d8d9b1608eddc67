/** The map's drawing size; it scales to its box's width. */
export const MAP_WIDTH = 800;
export const MAP_HEIGHT = 480;
