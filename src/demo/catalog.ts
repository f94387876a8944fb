/** The demo shop's products: enough data for the API to look and behave like a real one. */

export interface Product {
  readonly id: string
  readonly name: string
  readonly priceCents: number
  readonly stock: number
}

export const CATALOG: readonly Product[] = [
  { id: 'p-100', name: 'Espresso beans, 1 kg', priceCents: 2490, stock: 42 },
  { id: 'p-101', name: 'Pour-over kettle', priceCents: 5900, stock: 7 },
  { id: 'p-102', name: 'Ceramic dripper', priceCents: 2200, stock: 18 },
  { id: 'p-103', name: 'Paper filters (100)', priceCents: 650, stock: 120 },
  { id: 'p-104', name: 'Burr grinder', priceCents: 14900, stock: 3 },
  { id: 'p-105', name: 'Milk jug, 350 ml', priceCents: 1800, stock: 25 },
  { id: 'p-106', name: 'Digital scale', priceCents: 3400, stock: 11 },
  { id: 'p-107', name: 'Travel mug', priceCents: 1990, stock: 0 }
]
