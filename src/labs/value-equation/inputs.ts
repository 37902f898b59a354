/** The value equation lab's levers in words: each rating's name and what 10 means on its scale. */
import type { Lever } from '../../calc/value-equation';

export const LEVERS: { lever: Lever; label: string; hint: string }[] = [
  { lever: 'productQuality', label: 'Product quality', hint: '10 = the best customers can get' },
  { lever: 'serviceQuality', label: 'Service quality', hint: '10 = outstanding service' },
  { lever: 'price', label: 'Price', hint: '10 = feels very expensive' },
  { lever: 'hassle', label: 'Hassle', hint: '10 = very inconvenient' },
];
