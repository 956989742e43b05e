import { describe, expect, it } from 'vitest';
import { feedbackCodeIn, phoneIn, saysCancel, saysYes, unitNamed } from '../../../../../server/src/features/chatbot/slots.ts';

describe('slots', () => {
  it('finds a PAKN code however it is typed', () => {
    expect(feedbackCodeIn('phản ánh PA-2611-7K3M9 của tôi')).toBe('PA-2611-7K3M9');
    expect(feedbackCodeIn('kn 2610 xy7zq')).toBe('KN-2610-XY7ZQ');
    expect(feedbackCodeIn('PA26117K3M9')).toBe('PA-2611-7K3M9');
    expect(feedbackCodeIn('PA – 2611 – 7K3M9 đã có kết quả chưa ạ')).toBe('PA-2611-7K3M9');
    expect(feedbackCodeIn('pa.2611.7k3m9 xu ly toi dau r')).toBe('PA-2611-7K3M9');
    expect(feedbackCodeIn('PA_2611_7K3M9')).toBe('PA-2611-7K3M9');
    expect(feedbackCodeIn('PA - - - - 2611 7K3M9')).toBeNull(); // at most three marks between parts
    expect(feedbackCodeIn('PA-2611-7K3M0')).toBeNull(); // 0 is not in the alphabet
    expect(feedbackCodeIn('pa cua toi')).toBeNull();
  });

  it('finds a phone number', () => {
    expect(phoneIn('số của tôi là 0912 345 678 nhé')).toBe('0912345678');
    expect(phoneIn('123')).toBeNull();
  });

  it('reads yes and cancel', () => {
    expect(saysYes('gui')).toBe(true);
    expect(saysYes('dong y a')).toBe(true);
    expect(saysYes('gui cho toi so dien thoai')).toBe(false);
    expect(saysCancel('huy')).toBe(true);
    expect(saysCancel('huy bo nhe')).toBe(true);
    expect(saysCancel('huy hoai moi truong')).toBe(false);
  });

  it('finds the commune named, the longest name first', () => {
    const units = [{ name: 'Xã Bình Giang' }, { name: 'Phường Lê Chân' }, { name: 'Xã Giang' }];
    expect(unitNamed('toi o binh giang', units)?.name).toBe('Xã Bình Giang');
    expect(unitNamed('phuong le chan', units)?.name).toBe('Phường Lê Chân');
    expect(unitNamed('ha noi', units)).toBeNull();
  });
});
